using KeepProxy.Lab.Topology;

namespace KeepProxy.Conformance.Lab.Unit;

public sealed class HostLayoutTests
{
    private readonly HostLayout _layout = new("/tmp/keepproxy-lab/1-abc/svr1");

    [Theory]
    [InlineData("/etc/keepalived/keepalived.conf", "/tmp/keepproxy-lab/1-abc/svr1/etc-upper/keepalived/keepalived.conf")]
    [InlineData("/etc/check.sh", "/tmp/keepproxy-lab/1-abc/svr1/etc-upper/check.sh")]
    [InlineData("/var/log/keepalived.log", "/tmp/keepproxy-lab/1-abc/svr1/log/keepalived.log")]
    [InlineData("/usr/share/nginx/html/index.html", "/tmp/keepproxy-lab/1-abc/svr1/nginx-html/index.html")]
    [InlineData("/usr/local/haproxy/.keep", "/tmp/keepproxy-lab/1-abc/svr1/usr-local-upper/haproxy/.keep")]
    [InlineData("/run/haproxy.pid", "/tmp/keepproxy-lab/1-abc/svr1/run/haproxy.pid")]
    public void MapToOutside_HostPath_LandsInTheHostsFolder(string inside, string outside) =>
        Assert.Equal(outside, _layout.MapToOutside(inside));

    [Fact]
    public void MapToOutside_SharedPath_Refused() => Assert.Throws<ArgumentException>(() => _layout.MapToOutside("/usr/bin/systemctl"));

    [Fact]
    public void InitScript_Mounts_OverlaysAndFileBindsBeforeTmp_ThenWaitsOnStdin()
    {
        var script = _layout.InitScript("svr1", [("/tmp/keepproxy-lab/1-abc/systemctl", "/usr/bin/systemctl")]);
        var lines = script.Split('\n');
        int Index(string s) => Array.FindIndex(lines, l => l.Contains(s, StringComparison.Ordinal));
        Assert.Equal("hostname svr1", lines[1]);
        Assert.True(Index("/usr/bin/systemctl") < Index("svr1/tmp /tmp"), "the /tmp bind must come after every mount whose source is under /tmp");
        Assert.True(Index("lab-etc") < Index("svr1/tmp /tmp"));
        Assert.True(Index("echo READY") < Index("cat <&3"));
        Assert.EndsWith("wait $!\n", script);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's", "'it'\\''s'")]
    public void ShellQuote_Text_QuotesOnlyWhenNeeded(string text, string quoted) => Assert.Equal(quoted, HostLayout.ShellQuote(text));
}
