using KeepProxy.Lab;
using KeepProxy.Lab.Specs;

namespace KeepProxy.Conformance.Lab.Unit;

public sealed class ExpectedFailuresTests
{
    [Fact]
    public void Parse_LinesAndComments_ListsRuns()
    {
        var x = ExpectedFailures.Parse("# header\n000 keepproxy   # vrrpd missing\n\n000 mixed\n");
        Assert.Equal(2, x.Count);
        Assert.True(x.IsExpectedToFail("000", Implementation.KeepProxy));
        Assert.True(x.IsExpectedToFail("000", Implementation.Mixed));
        Assert.False(x.IsExpectedToFail("000", Implementation.Reference));
    }

    [Fact]
    public void Parse_BadLine_NamesIt() =>
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => ExpectedFailures.Parse("000 keepproxy\n001 haproxy\n")).Message);

    [Fact]
    public void RepositoryList_NeverExcusesReference()
    {
        var text = File.ReadAllText(LabEnvironment.ExpectedFailuresFile);
        var list = ExpectedFailures.Parse(text);
        foreach (var s in KeepProxy.Lab.Scenarios.ScenarioCatalog.All)
            Assert.False(list.IsExpectedToFail(s.Id, Implementation.Reference), $"{s.Id} reference must pass, it cannot be an expected failure");
    }
}
