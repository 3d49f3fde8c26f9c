using KeepProxy.Vrrpd;

namespace KeepProxy.Config.Keepalived.Tests;

public sealed class VrrpdCliTests
{
    [Fact]
    public void Run_NoConfigTest_SaysDaemonUnavailableExit1()
    {
        var err = new StringWriter();
        Assert.Equal(1, VrrpdCli.Run([], new StringWriter(), err));
        Assert.Contains("not available in this build", err.ToString());
    }

    [Fact]
    public void Run_Version_PrintsKeepProxyBanner()
    {
        var err = new StringWriter();
        Assert.Equal(0, VrrpdCli.Run(["-v"], new StringWriter(), err));
        Assert.StartsWith("KeepProxy vrrpd v", err.ToString());
    }

    [Fact]
    public void Run_ConfigTestMissingFile_Exit0()
    {
        var err = new StringWriter();
        Assert.Equal(0, VrrpdCli.Run(["--use-file", "/nonexist.conf", "--config-test"], new StringWriter(), err));
        Assert.Equal("Config files missing '/nonexist.conf'.", err.ToString().Trim());
    }
}
