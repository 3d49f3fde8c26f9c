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

    [Theory]
    [InlineData("-t", "-f", "a.conf")]
    [InlineData("--config-test", "--use-file", "a.conf")]
    [InlineData("-f", "a.conf", "-t")]
    [InlineData("--use-file", "a.conf", "--config-test")]
    [InlineData("-t", "--use-file", "a.conf")]
    public void TryParseConfigTest_SimpleConfigTest_ReturnsFile(string a, string b, string c)
    {
        Assert.True(VrrpdCli.TryParseConfigTest([a, b, c], out string? file));
        Assert.Equal("a.conf", file);
    }

    [Theory]
    [InlineData("-t")]
    [InlineData("-t|log.txt|-f|a.conf")]
    [InlineData("-t|-f|-a")]
    [InlineData("-t|-f|@resp")]
    [InlineData("-t|-f|")]
    [InlineData("-f|a.conf|-v")]
    [InlineData("-t|-i|x")]
    [InlineData("--use-file=a.conf|-t|-l")]
    [InlineData("-f|-t|a.conf")]
    public void TryParseConfigTest_AnythingElse_LeavesItToSystemCommandLine(string joined)
    {
        Assert.False(VrrpdCli.TryParseConfigTest(joined.Split('|'), out _));
    }

    [Fact]
    public void Run_FastPathAndFullParser_SameOutputAndExitCode()
    {
        string path = Path.Combine(Path.GetTempPath(), $"vrrpd-fast-{Guid.NewGuid():N}.conf");
        File.WriteAllText(path, "global_defs {\n  router_id x\n  routr_id y\n}\nvrrp_instance A {\n  interface nosuchif0\n  virtual_router_id 300\n}\n}\n");
        try
        {
            var fastErr = new StringWriter();
            var fastOut = new StringWriter();
            int fast = VrrpdCli.Run(["-t", "-f", path], fastOut, fastErr);

            // -l (log to console) is accepted and ignored by -t; it keeps the arguments off the fast path.
            var fullErr = new StringWriter();
            var fullOut = new StringWriter();
            int full = VrrpdCli.Run(["-t", "-f", path, "-l"], fullOut, fullErr);

            Assert.NotEqual(0, fast);
            Assert.Equal(full, fast);
            Assert.NotEmpty(fastErr.ToString());
            Assert.Equal(fullErr.ToString(), fastErr.ToString());
            Assert.Equal(fullOut.ToString(), fastOut.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
