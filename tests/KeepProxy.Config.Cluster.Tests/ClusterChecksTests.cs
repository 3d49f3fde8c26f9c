using KeepProxy.Config;
using KeepProxy.Config.Cluster;

namespace KeepProxy.Config.Cluster.Tests;

public sealed class ClusterChecksTests
{
    private static InstanceView Instance(
        string name = "VI_1",
        int vrid = 62,
        int priority = 100,
        bool master = false,
        bool nopreempt = false,
        double advert = 1,
        int version = 2,
        string? authType = "PASS",
        string? authPass = "1111",
        string[]? vips = null,
        string? src = null,
        string[]? peers = null,
        TrackedScriptView[]? scripts = null,
        string iface = "ens33") =>
        new(name, iface, vrid, priority, master, nopreempt, advert, version, authType, authPass,
            vips ?? ["172.25.254.130"], src, peers ?? [], scripts ?? [], new SourcePosition("k.conf", 1, 1));

    private static NodeView Node(string name, params InstanceView[] instances) => new(name, instances, [], null);

    private static IReadOnlyList<string> Codes(params NodeView[] nodes) => ClusterChecks.Run(nodes).Select(f => f.Code).ToList();

    [Fact]
    public void Run_ConsistentPair_FindsNothing()
    {
        Assert.Empty(Codes(
            Node("a", Instance(priority: 101, master: true)),
            Node("b", Instance(priority: 100))));
    }

    [Fact]
    public void Run_Article000Pair_ReportsClearedNopreemptAndScriptThatCannotMoveVip()
    {
        var weight50 = new[] { new TrackedScriptView("check_nginx", 50) };
        IReadOnlyList<ClusterFinding> findings = ClusterChecks.Run([
            Node("svr1", Instance(priority: 151, master: true, nopreempt: true, src: "172.25.254.131", peers: ["172.25.254.132"], scripts: weight50)),
            Node("svr2", Instance(priority: 150, nopreempt: true, src: "172.25.254.132", peers: ["172.25.254.131"], scripts: weight50)),
        ]);

        Assert.Equal(["nopreempt-master", "script-weight"], findings.Select(f => f.Code));
        Assert.Contains("svr1/VI_1", findings[0].Message);
        Assert.Contains("nopreempt", findings[1].Message);
        Assert.Contains("151", findings[1].Message);
    }

    [Fact]
    public void Run_AuthPassesEqualInFirstEightCharacters_AreTheSameOnTheWire()
    {
        Assert.DoesNotContain("auth-mismatch", Codes(
            Node("a", Instance(authPass: "12345678-one", priority: 101)),
            Node("b", Instance(authPass: "12345678-two"))));
    }

    [Fact]
    public void Run_DifferentAuthPass_ReportsMismatch()
    {
        ClusterFinding finding = Assert.Single(ClusterChecks.Run([
            Node("a", Instance(authPass: "1111", priority: 101)),
            Node("b", Instance(authPass: "2222")),
        ]));
        Assert.Equal("auth-mismatch", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("a/VI_1 PASS '1111'", finding.Message);
    }

    [Theory]
    [InlineData("advert-mismatch")]
    [InlineData("version-mismatch")]
    [InlineData("vrid-clash")]
    public void Run_SameInstanceDifferentSetting_ReportsThatSetting(string code)
    {
        InstanceView other = code switch
        {
            "advert-mismatch" => Instance(advert: 2),
            "version-mismatch" => Instance(version: 3),
            _ => Instance(vips: ["172.25.254.140"]),
        };
        Assert.Equal([code], Codes(Node("a", Instance(priority: 101)), Node("b", other)));
    }

    [Fact]
    public void Run_EqualPriorities_ReportsTie()
    {
        ClusterFinding finding = Assert.Single(ClusterChecks.Run([Node("a", Instance()), Node("b", Instance())]));
        Assert.Equal("priority-tie", finding.Code);
        Assert.Equal(Severity.Notice, finding.Severity);
    }

    [Fact]
    public void Run_TwoAddressOwners_IsAWarning()
    {
        ClusterFinding finding = Assert.Single(ClusterChecks.Run([Node("a", Instance(priority: 255)), Node("b", Instance(priority: 255))]));
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Run_SameVridDifferentRouters_ReportsClash()
    {
        IReadOnlyList<string> codes = Codes(
            Node("web1", Instance(name: "VI_1", vrid: 51, priority: 100, vips: ["192.168.4.80"], iface: "eth0")),
            Node("web2", Instance(name: "VI_1", vrid: 51, priority: 50, vips: ["192.168.4.80"], iface: "eth0")),
            Node("lvs1", Instance(name: "VI_LVS", vrid: 51, priority: 100, vips: ["192.168.4.15"], iface: "eth0")));
        Assert.Equal(["vrid-clash"], codes);
    }

    [Fact]
    public void Run_UnicastPeerMissing_ReportsWhoCannotHearWhom()
    {
        IReadOnlyList<ClusterFinding> findings = ClusterChecks.Run([
            Node("svr1", Instance(priority: 101, src: "10.0.0.1", peers: ["10.0.0.9"])),
            Node("svr2", Instance(src: "10.0.0.2", peers: ["10.0.0.1"])),
        ]);
        Assert.Contains(findings, f => f.Code == "unicast-peers" && f.Message.Contains("does not list svr2's unicast_src_ip 10.0.0.2"));
        Assert.Contains(findings, f => f.Code == "unicast-peers" && f.Severity == Severity.Notice && f.Message.Contains("10.0.0.9"));
    }

    [Fact]
    public void Run_UnicastMixedWithMulticast_Reports()
    {
        Assert.Contains("unicast-peers", Codes(
            Node("a", Instance(priority: 101, src: "10.0.0.1", peers: ["10.0.0.2"])),
            Node("b", Instance())));
    }

    [Fact]
    public void Run_WeightTooSmallToMoveVip_Reports()
    {
        var w2 = new[] { new TrackedScriptView("chk", 2) };
        ClusterFinding finding = Assert.Single(ClusterChecks.Run([
            Node("m", Instance(priority: 110, master: true, scripts: w2)),
            Node("b", Instance(priority: 100, scripts: w2)),
        ]));
        Assert.Equal("script-weight", finding.Code);
        Assert.Contains("never moves the VIP", finding.Message);
    }

    [Fact]
    public void Run_Article003Weights_MoveTheVip()
    {
        var w2 = new[] { new TrackedScriptView("chk_haproxy", 2) };
        Assert.Empty(Codes(
            Node("master", Instance(priority: 101, master: true, scripts: w2)),
            Node("backup", Instance(priority: 100, scripts: w2))));
    }

    [Fact]
    public void Run_WeightZeroScript_EntersFaultSoNoWeightFinding()
    {
        var w0 = new[] { new TrackedScriptView("nginx_check", 0) };
        Assert.Empty(Codes(
            Node("m", Instance(priority: 100, master: true, scripts: w0)),
            Node("b", Instance(priority: 99, scripts: w0))));
    }

    [Theory]
    [InlineData(250, 10, true, 254)]
    [InlineData(5, -20, false, 1)]
    [InlineData(100, -20, true, 100)]
    [InlineData(100, 50, false, 100)]
    [InlineData(255, -20, false, 255)]
    public void EffectivePriority_FollowsKeepalivedArithmetic(int priority, int weight, bool ok, int expected) =>
        Assert.Equal(expected, ClusterChecks.EffectivePriority(Instance(priority: priority, scripts: [new TrackedScriptView("s", weight)]), ok));

    [Fact]
    public void Run_BindOnVipWithoutNonlocalBind_Warns()
    {
        var bind = new BindView("http-in", "172.25.254.130", "8000", new SourcePosition("haproxy.cfg", 45, 5));
        var node = new NodeView("svr1", [Instance(priority: 101)], [bind], NonlocalBind: null);
        ClusterFinding finding = Assert.Single(ClusterChecks.Run([node]));
        Assert.Equal("nonlocal-bind", finding.Code);
        Assert.Equal(45, finding.Positions[0].Line);
        Assert.Empty(ClusterChecks.Run([node with { NonlocalBind = true }]));
    }

    [Fact]
    public void Run_WildcardBind_NeedsNoSysctl()
    {
        var node = new NodeView("svr1", [Instance()], [new BindView("http-in", null, "8000", SourcePosition.None)], null);
        Assert.Empty(ClusterChecks.Run([node]));
    }
}
