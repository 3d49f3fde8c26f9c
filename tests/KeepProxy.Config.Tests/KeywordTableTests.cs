using KeepProxy.Config;

namespace KeepProxy.Config.Tests;

public sealed class KeywordTableTests
{
    private static KeywordTable<int> Table() => new(new Dictionary<string, int>
    {
        ["virtual_router_id"] = 1,
        ["priority"] = 2,
        ["advert_int"] = 3,
    });

    [Fact]
    public void TryGet_KnownKeyword_ReturnsEntry()
    {
        Assert.True(Table().TryGet("priority", out int entry));
        Assert.Equal(2, entry);
    }

    [Fact]
    public void TryGet_IsCaseSensitiveByDefault() => Assert.False(Table().TryGet("Priority", out _));

    [Fact]
    public void Suggest_Typo_NamesClosestKeyword() => Assert.Equal("advert_int", Table().Suggest("advert_itn"));
}
