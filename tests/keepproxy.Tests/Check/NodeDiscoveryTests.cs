using KeepProxy.Cli.Check;

namespace KeepProxy.Cli.Tests.Check;

public sealed class NodeDiscoveryTests
{
    [Fact]
    public void Discover_NoPaths_UsesTheEtcDefaults()
    {
        var errors = new List<string>();
        NodeFiles node = Assert.Single(NodeDiscovery.Discover([], "/x/keepalived.conf", "/x/haproxy.cfg", errors));
        Assert.Equal("local", node.Name);
        Assert.Null(node.Directory);
        Assert.Equal(["/x/keepalived.conf"], node.KeepalivedConfigs);
        Assert.Equal(["/x/haproxy.cfg"], node.HAProxyConfigs);
        Assert.Empty(errors);
    }

    [Fact]
    public void Discover_NodeFolder_FindsMainFilesFirstAndSysctl()
    {
        var errors = new List<string>();
        NodeFiles node = Assert.Single(NodeDiscovery.Discover([RepoPaths.Seeds("003-keepalived-haproxy/master")], "", "", errors));
        Assert.Equal("master", node.Name);
        Assert.EndsWith("/keepalived.conf", node.KeepalivedConfigs[0]);
        Assert.EndsWith("/haproxy.cfg", node.HAProxyConfigs[0]);
        Assert.Contains(node.SysctlFiles, f => f.EndsWith("/sysctl.conf", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public void Discover_FolderWithVariants_PutsTheMainConfigBeforeVariants()
    {
        NodeFiles node = Assert.Single(NodeDiscovery.Discover([RepoPaths.Seeds("002-keepalived-lvs-haproxy/c-haproxy/proxy")], "", "", new List<string>()));
        Assert.Equal("haproxy.cfg", Path.GetFileName(node.HAProxyConfigs[0]));
        Assert.Equal(4, node.HAProxyConfigs.Count);
        Assert.Empty(node.KeepalivedConfigs);
    }

    [Fact]
    public void Discover_FolderWithoutConfigs_IsAnError()
    {
        string dir = Directory.CreateTempSubdirectory("kp-empty").FullName;
        try
        {
            var errors = new List<string>();
            Assert.Empty(NodeDiscovery.Discover([dir], "", "", errors));
            Assert.Contains("no keepalived.conf or haproxy.cfg", Assert.Single(errors));
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Discover_LooseFiles_AreClassifiedByName()
    {
        NodeFiles node = Assert.Single(NodeDiscovery.Discover(["a/haproxy.cfg", "b/keepalived.conf", "c/other.conf"], "", "", new List<string>()));
        Assert.Equal(["a/haproxy.cfg"], node.HAProxyConfigs);
        Assert.Equal(["b/keepalived.conf", "c/other.conf"], node.KeepalivedConfigs);
    }
}
