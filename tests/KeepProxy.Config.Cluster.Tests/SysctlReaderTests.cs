using KeepProxy.Config.Cluster;

namespace KeepProxy.Config.Cluster.Tests;

public sealed class SysctlReaderTests
{
    [Theory]
    [InlineData("net.ipv4.ip_nonlocal_bind=1", true)]
    [InlineData("net.ipv4.ip_nonlocal_bind = 0", false)]
    [InlineData("  net/ipv4/ip_nonlocal_bind = 1", true)]
    [InlineData("-net.ipv4.ip_nonlocal_bind=1", true)]
    [InlineData("# net.ipv4.ip_nonlocal_bind=1", null)]
    [InlineData("; net.ipv4.ip_nonlocal_bind=1", null)]
    [InlineData("net.ipv4.conf.all.arp_ignore = 1", null)]
    [InlineData("", null)]
    public void ParseLine_Variants_FollowSysctlSyntax(string line, bool? expected) =>
        Assert.Equal(expected, SysctlReader.ParseLine(line));

    [Fact]
    public void NonlocalBind_LaterFileWins()
    {
        string dir = Directory.CreateTempSubdirectory("kp-sysctl").FullName;
        try
        {
            string a = Path.Combine(dir, "10.conf"), b = Path.Combine(dir, "20.conf");
            File.WriteAllText(a, "net.ipv4.ip_nonlocal_bind=1\n");
            File.WriteAllText(b, "net.ipv4.ip_nonlocal_bind=0\n");
            Assert.False(SysctlReader.NonlocalBind([a, b]));
            Assert.True(SysctlReader.NonlocalBind([b, a]));
            Assert.Null(SysctlReader.NonlocalBind([Path.Combine(dir, "missing.conf")]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void NonlocalBind_Article003Sysctl_IsSet() =>
        Assert.True(SysctlReader.NonlocalBind([RepoPaths.Seeds("003-keepalived-haproxy/master/sysctl.conf")]));
}
