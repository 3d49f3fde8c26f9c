namespace KeepProxy.Proxyd.Tests;

// haproxy 2.6.12 accepts the same command lines (measured from the project root):
//   haproxy -c -f ok.cfg -sf 1 2 3   -> "Configuration file is valid", exit 0
//   haproxy -c -f ok.cfg -f ok.cfg   -> both files read (duplicate-name alerts), exit 1
//   haproxy -c -- ok.cfg bad.cfg     -> both files read in order, exit 1
public class HAProxyArgsTests
{
    [Fact]
    public void Parse_SoftStopWithSeveralPids_PidsIgnoredNotFiles()
    {
        var a = HAProxyArgs.Parse(["-c", "-f", "ok.cfg", "-sf", "1", "2", "3"]);
        Assert.Null(a.Error);
        Assert.True(a.Check);
        Assert.Equal(["ok.cfg"], a.Files);
        Assert.Equal(["-sf", "1", "2", "3"], a.Ignored);
    }

    [Fact]
    public void Parse_HardStopPidsThenFlag_FlagStillParsed()
    {
        var a = HAProxyArgs.Parse(["-st", "12", "13", "-c", "-f", "x.cfg"]);
        Assert.True(a.Check);
        Assert.Equal(["x.cfg"], a.Files);
        Assert.Equal(["-st", "12", "13"], a.Ignored);
    }

    [Fact]
    public void Parse_RepeatedF_KeepsOrder() =>
        Assert.Equal(["b.cfg", "a.cfg", "c"], HAProxyArgs.Parse(["-f", "b.cfg", "-f", "a.cfg", "-fc"]).Files);

    [Fact]
    public void Parse_DoubleDash_EverythingAfterIsAFile()
    {
        var a = HAProxyArgs.Parse(["-c", "-f", "a.cfg", "--", "b.cfg", "-q", "c.cfg"]);
        Assert.Equal(["a.cfg", "b.cfg", "-q", "c.cfg"], a.Files);
        Assert.False(a.Quiet);
    }

    [Theory]
    [InlineData("-v", 1)]
    [InlineData("-vv", 2)]
    public void Parse_VersionFlags_Level(string flag, int level) => Assert.Equal(level, HAProxyArgs.Parse([flag]).Version);

    [Fact]
    public void Parse_QuietAndZeroWarning_Flags()
    {
        var a = HAProxyArgs.Parse(["-q", "-dW", "-c", "-f", "x"]);
        Assert.True(a.Quiet);
        Assert.True(a.WarningsFatal);
    }

    [Theory]
    [InlineData("-f")]
    [InlineData("-cc")]
    public void Parse_FlagWithoutValue_Error(string flag) => Assert.NotNull(HAProxyArgs.Parse([flag]).Error);

    [Fact]
    public void Parse_ValueFlags_ValueNotTakenForAFile()
    {
        var a = HAProxyArgs.Parse(["-p", "/run/h.pid", "-c", "-f", "x"]);
        Assert.Equal(["x"], a.Files);
        Assert.Equal(["-p", "/run/h.pid"], a.Ignored);
    }

    [Fact]
    public void Parse_BareWord_UnexpectedArgument() =>
        Assert.Equal("unexpected argument 'stray'", HAProxyArgs.Parse(["-c", "stray"]).Error);
}
