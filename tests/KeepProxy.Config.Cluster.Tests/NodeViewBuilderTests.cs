using KeepProxy.Config.Cluster;
using KeepProxy.Config.HAProxy;
using KeepProxy.Config.Keepalived;

namespace KeepProxy.Config.Cluster.Tests;

/// <summary>The views built from the articles' real configs, and the findings the articles' pairs produce.</summary>
public sealed class NodeViewBuilderTests
{
    private static readonly IReadOnlySet<string> Interfaces = new HashSet<string> { "lo", "ens33", "eth0", "eth1" };

    private static NodeView Node(string folder, IReadOnlySet<string>? cleared = null)
    {
        string dir = RepoPaths.Seeds(folder);
        string ka = Path.Combine(dir, "keepalived.conf");
        string ha = Path.Combine(dir, "haproxy.cfg");
        var keepalived = File.Exists(ka)
            ? KeepalivedConfigLoader.Load(ka, new KeepalivedLoadOptions(Interfaces: Interfaces, ScriptExecutable: _ => true, Suggestions: false)).Config
            : null;
        var haproxy = File.Exists(ha) ? HAProxyConfigLoader.Load([ha]).Config : null;
        return NodeViewBuilder.Build(Path.GetFileName(dir), keepalived, haproxy, SysctlReader.NonlocalBind(Directory.GetFiles(dir, "sysctl*")), cleared);
    }

    [Fact]
    public void Build_Article000Svr1_ViewsTheInstanceAsWritten()
    {
        NodeView svr1 = Node("000-keepalived-haproxy-nginx/svr1", new HashSet<string> { "VI_1" });
        InstanceView vi = Assert.Single(svr1.Instances);
        Assert.Equal(("VI_1", 62, 151, true, true), (vi.Name, vi.VirtualRouterId, vi.Priority, vi.InitialMaster, vi.Nopreempt));
        Assert.Equal("172.25.254.131", vi.UnicastSrcIp);
        Assert.Equal(["172.25.254.132"], vi.UnicastPeers);
        Assert.Equal(["172.25.254.130"], vi.VirtualAddresses);
        Assert.Equal("PASS", vi.AuthType);
        Assert.Equal([new TrackedScriptView("check_nginx", 50)], vi.TrackScripts);
        BindView bind = Assert.Single(svr1.Binds);
        Assert.Equal(("http-in", null, "8000"), (bind.Proxy, bind.Address, bind.Port));
    }

    [Fact]
    public void Run_Article000Pair_ExplainsWhyOnlyStoppingKeepalivedMovesTheVip()
    {
        IReadOnlyList<ClusterFinding> findings = ClusterChecks.Run([
            Node("000-keepalived-haproxy-nginx/svr1", new HashSet<string> { "VI_1" }),
            Node("000-keepalived-haproxy-nginx/svr2"),
        ]);
        Assert.Equal(["nopreempt-master", "script-weight"], findings.Select(f => f.Code));
    }

    [Fact]
    public void Run_Article003Pair_IsConsistent() =>
        Assert.Empty(ClusterChecks.Run([Node("003-keepalived-haproxy/master"), Node("003-keepalived-haproxy/backup")]));

    [Fact]
    public void Build_Article004SyncGroupMember_DropsWeightedScript()
    {
        InstanceView vi = Assert.Single(Node("004-keepalived-haproxy-hot-standby/weight/node1").Instances);
        Assert.Empty(vi.TrackScripts);
        Assert.Equal(["checkhaproxy"], vi.IgnoredScripts);
    }

    [Fact]
    public void Run_Article004WeightPair_ReportsIgnoredScriptOnBothNodes()
    {
        IReadOnlyList<ClusterFinding> findings = ClusterChecks.Run([
            Node("004-keepalived-haproxy-hot-standby/weight/node1"),
            Node("004-keepalived-haproxy-hot-standby/weight/node2"),
        ]);
        Assert.Equal(["sync-group-weight", "sync-group-weight"], findings.Select(f => f.Code));
        Assert.Contains("node1/VI_1", findings[0].Message);
    }

    [Fact]
    public void Build_Article004SyncGroupWeightZeroScript_IsKept()
    {
        InstanceView vi = Assert.Single(Node("004-keepalived-haproxy-hot-standby/node1").Instances);
        Assert.Equal([new TrackedScriptView("check_haproxy", 0)], vi.TrackScripts);
        Assert.Empty(vi.IgnoredScripts);
    }

    [Fact]
    public void Run_Article002WebPairAndLvsPairOnOneLan_ReportsVridClash()
    {
        IReadOnlyList<ClusterFinding> findings = ClusterChecks.Run([
            Node("002-keepalived-lvs-haproxy/a-web-ha/web1"),
            Node("002-keepalived-lvs-haproxy/a-web-ha/web2"),
            Node("002-keepalived-lvs-haproxy/b-lvs-dr/proxy1"),
            Node("002-keepalived-lvs-haproxy/b-lvs-dr/proxy2"),
        ]);
        ClusterFinding clash = Assert.Single(findings, f => f.Code == "vrid-clash");
        Assert.Contains("192.168.4.80", clash.Message);
        Assert.Contains("192.168.4.15", clash.Message);
    }
}
