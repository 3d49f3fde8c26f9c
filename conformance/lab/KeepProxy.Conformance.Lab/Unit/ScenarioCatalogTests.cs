using KeepProxy.Lab.Scenarios;

namespace KeepProxy.Conformance.Lab.Unit;

public sealed class ScenarioCatalogTests
{
    [Fact]
    public void All_Ids_AreUnique() =>
        Assert.Equal(ScenarioCatalog.All.Count, ScenarioCatalog.All.Select(s => s.Id).Distinct().Count());

    [Fact]
    public void All_CoverEveryArticle()
    {
        foreach (var article in new[] { "000", "001", "002", "003", "004" })
            Assert.Contains(ScenarioCatalog.All, s => s.Id == article || s.Id.StartsWith(article + "-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000", "000")]
    [InlineData("001", "001-plain")]
    [InlineData("002-haproxy", "002-haproxy")]
    [InlineData("003", "003")]
    public void Find_IdOrArticle_PicksTheScenario(string query, string id) => Assert.Equal(id, ScenarioCatalog.Find(query)!.Id);

    [Fact]
    public void Build_EveryScenario_ReadsItsSeedsAndNamesItsHosts()
    {
        foreach (var s in ScenarioCatalog.All)
        {
            var spec = s.Build(LabEnvironment.Paths);
            Assert.NotEmpty(spec.Hosts);
            Assert.Equal(spec.Hosts.Count, spec.Hosts.Select(h => h.Name).Distinct().Count());
            Assert.All(spec.Hosts, h => Assert.All(h.Links, l => Assert.True(l.Interface.Length <= 15)));
            Assert.Contains(s.View.Client, spec.Hosts.Select(h => h.Name));
        }
    }

    [Fact]
    public void FailoverTable_Rows_RenderAsMarkdown()
    {
        var table = FailoverTable.Format([new FailoverMeasurement("000", "svr1: systemctl stop nginx", 2.734, 2, 5, "check_nginx interval 2 s", "prio 0 → (256−200)/256 = 0.22 s", 4.72)]);
        Assert.Contains("| 000 | svr1: systemctl stop nginx | 2.73 | 2 / 5 | check_nginx interval 2 s | prio 0 → (256−200)/256 = 0.22 s | 4.72 |", table);
    }
}
