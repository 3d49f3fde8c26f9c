namespace KeepProxy.Config.HAProxy.Tests.Parsing;

// Expected strings from conformance/config-check/records/haproxy.jsonl (haproxy 2.6.12-1+deb12u4,
// `haproxy -c -f conformance/config-check/cases/haproxy/<case>`) and measured on these layouts with haproxy -c.
public class SectionReferenceTests
{
    private const string Backend = "backend be\n    server s1 127.0.0.1:8081\n";

    private static string Fe(string line) => "frontend fe\n    bind 127.0.0.1:8080\n    " + line + "\n    default_backend be\n";

    [Fact]
    public void Run_CacheUseUnknownCache_FatalWithoutLocation()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + Fe("http-request cache-use nocache") + Backend);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : config: frontend 'fe': unable to find the cache 'nocache' referenced by the filter 'cache'.\n[ALERT]    (42) : config : Fatal errors found in configuration.\n", e);
    }

    [Fact]
    public void Run_CacheWithoutSize_SizeNotSpecifiedBeforeFileError()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "cache mycache\n    max-age 60\n" + Backend);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : Size not specified for cache 'mycache'\n[ALERT]    (42) : config : Error(s) found in configuration file : t.cfg\n", e);
    }

    [Fact]
    public void Run_CacheWithSize_NoAlert()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "cache mycache\n    total-max-size 4\n" + Fe("http-request cache-use mycache") + Backend);
        Assert.Equal(0, code);
        Assert.DoesNotContain("[ALERT]", e);
    }

    [Fact]
    public void Run_ErrorfilesUnknownSection_NamesProxyAndLocation()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + Fe("bind 127.0.0.1:8081") + "backend be\n    errorfiles nosucherrors\n    server s1 127.0.0.1:8081\n");
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : proxy 'be': unknown http-errors section 'nosucherrors' (at t.cfg:11).\n", e);
    }

    [Fact]
    public void Run_HttpErrorsMissingFile_ErrorOpeningFile()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "http-errors myerrors\n    errorfile 503 /nonexistent/keepproxy/503.http\n" + Backend);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : parsing [t.cfg:7] : errorfile : error opening file '/nonexistent/keepproxy/503.http'.\n", e);
    }

    [Fact]
    public void Run_BindSslWithoutCrt_NoCertificateAlert()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + Fe("bind 127.0.0.1:8443 ssl") + Backend);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : Proxy 'fe': no SSL certificate specified for bind '127.0.0.1:8443' at [t.cfg:8] (use 'crt').\n", e);
    }
}
