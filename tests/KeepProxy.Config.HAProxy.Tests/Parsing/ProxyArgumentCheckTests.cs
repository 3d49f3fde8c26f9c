namespace KeepProxy.Config.HAProxy.Tests.Parsing;

// Expected strings from conformance/config-check/records/haproxy.jsonl (haproxy 2.6.12-1+deb12u4,
// `haproxy -c -f conformance/config-check/cases/haproxy/<case>.cfg`), re-measured on this layout (line 8).
public class ProxyArgumentCheckTests
{
    private static (int Code, string Out, string Err) Backend(string line) =>
        TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\nbackend be\n    " + line + "\n    server s1 127.0.0.1:8081\n");

    [Theory]
    [InlineData("hash-type frobnicate", "parsing [t.cfg:10] : 'hash-type' only supports 'consistent' and 'map-based'.")]
    [InlineData("stick-table type frob size 1m", "parsing [t.cfg:10] : stick-table: unknown type 'frob'.")]
    [InlineData("source 999.1.1.1", "parsing [t.cfg:10] : 'source 999.1.1.1' : invalid address: '999.1.1.1' in '999.1.1.1'\n")]
    [InlineData("redirect scheme https code 999", "parsing [t.cfg:10] : error detected in backend 'be' while parsing redirect rule : 'code': unsupported HTTP code '999' (must be one of 301, 302, 303, 307 or 308).")]
    public void Run_BadUnmodelledArgument_AlertsAndFails(string line, string alert)
    {
        var (code, _, e) = Backend(line);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : " + alert + "\n", e);
    }

    [Fact]
    public void Run_HttpchkHeadersInVersion_WarnsDeprecated()
    {
        var (code, _, e) = Backend(@"option httpchk HEAD / HTTP/1.1\r\nHost:\ www");
        Assert.Equal(0, code);
        Assert.Contains("[WARNING]  (42) : config : parsing [t.cfg:10]: 'option httpchk' : hiding headers or body at the end of the version string is deprecated. Please, consider to use 'http-check send' directive instead.\n", e);
    }

    [Theory]
    [InlineData("hash-type consistent")]
    [InlineData("stick-table type ip size 1m")]
    [InlineData("source 127.0.0.1")]
    [InlineData("redirect scheme https code 301")]
    public void Run_GoodUnmodelledArgument_NoAlert(string line)
    {
        var (code, _, e) = Backend(line);
        Assert.Equal(0, code);
        Assert.DoesNotContain("[ALERT]", e);
    }
}
