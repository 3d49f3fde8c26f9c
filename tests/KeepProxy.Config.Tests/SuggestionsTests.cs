using KeepProxy.Config;

namespace KeepProxy.Config.Tests;

public sealed class SuggestionsTests
{
    private static readonly string[] HaproxyKeywords = ["default_backend", "use_backend", "balance", "server", "timeout", "option"];

    [Theory]
    [InlineData("defualt_backend", "default_backend")] // transposition
    [InlineData("balanse", "balance")]                 // substitution
    [InlineData("servr", "server")]                    // deletion
    [InlineData("timeoutt", "timeout")]                // insertion
    [InlineData("OPTION", "option")]                   // case only differs
    public void BestMatch_CloseTypo_ReturnsKeyword(string typo, string expected) =>
        Assert.Equal(expected, Suggestions.BestMatch(typo, HaproxyKeywords));

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("x")]
    [InlineData("")]
    public void BestMatch_NothingClose_ReturnsNull(string word) =>
        Assert.Null(Suggestions.BestMatch(word, HaproxyKeywords));

    [Fact]
    public void BestMatch_ExactKeyword_IsNotSuggestedBackToItself() =>
        Assert.Null(Suggestions.BestMatch("server", ["server"]));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    public void Distance_KnownPairs_MatchesOptimalStringAlignment(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b));

    [Fact]
    public void Distance_LongWords_DoesNotOverflowStack()
    {
        string a = new('a', 1000), b = new('b', 1000);
        Assert.Equal(1000, Suggestions.Distance(a, b));
    }
}
