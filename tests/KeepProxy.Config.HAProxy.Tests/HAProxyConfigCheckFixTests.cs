namespace KeepProxy.Config.HAProxy.Tests;

// Expected strings measured with haproxy 2.6.12-1+deb12u4: `haproxy -c -f t.cfg` (PID replaced by 42); the same
// inputs are cases in conformance/config-check/cases/haproxy with their recorded output.
public class HAProxyConfigCheckFixTests
{
    private const string Backend = "backend be\n    server s1 127.0.0.1:8081\n";

    private static (int Code, string Out, string Err) Global(string line) =>
        TestConfig.Check("global\n    " + line + "\n" + TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\n" + Backend);

    private static (int Code, string Out, string Err) Frontend(string line) =>
        TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    " + line + "\n    default_backend be\n" + Backend);

    [Theory]
    [InlineData("daemon yes", "parsing [t.cfg:2] : 'daemon' cannot handle unexpected argument 'yes'.")]
    [InlineData("chroot", "parsing [t.cfg:2] : 'chroot' expects a directory as an argument.")]
    [InlineData("pidfile", "parsing [t.cfg:2] : 'pidfile' expects a file name as an argument.")]
    [InlineData("pidfile /a /b", "parsing [t.cfg:2] : 'pidfile' cannot handle unexpected argument '/b'.")]
    [InlineData("nbthread 0", "parsing [t.cfg:2] : 'nbthread' value must be between 1 and 64 (was 0)")]
    [InlineData("nbthread 100000", "parsing [t.cfg:2] : 'nbthread' value must be between 1 and 64 (was 100000)")]
    [InlineData("tune.bufsize abc", "parsing [t.cfg:2] : 'tune.bufsize' expects a positive integer argument.")]
    [InlineData("user no_such_user_keepproxy", "parsing [t.cfg:2] : cannot find user id for 'no_such_user_keepproxy' (0:Success)")]
    [InlineData("group no_such_group_keepproxy", "parsing [t.cfg:2] : cannot find group id for 'no_such_group_keepproxy' (0:Success)")]
    [InlineData("log 127.0.0.1 frobnicate", "parsing [t.cfg:2] : log : unknown log facility 'frobnicate'")]
    [InlineData("log nowhere-host:xyz local0", "parsing [t.cfg:2] : log : invalid character 'x' in port number 'xyz' in 'nowhere-host:xyz'")]
    [InlineData("log global", "parsing [t.cfg:2] : log : 'global' is not supported for a global syslog server")]
    public void Run_BadGlobalArgument_AlertsAndFails(string line, string alert)
    {
        var (code, _, e) = Global(line);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : " + alert + "\n", e);
    }

    [Fact]
    public void Run_MaxconnTwice_AlertsButStaysValid()
    {
        var (code, o, e) = TestConfig.Check("global\n    maxconn 10\n    maxconn 10\n" + TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\n" + Backend);
        Assert.Equal(0, code);
        Assert.Equal("Configuration file is valid\n", o);
        Assert.Contains("[ALERT]    (42) : config : parsing [t.cfg:3] : 'maxconn' already specified. Continuing.\n", e);
    }

    [Theory]
    [InlineData("rise 0", "[t.cfg:13] : 'server be/s2' : 'rise' has to be > 0..")]
    [InlineData("fall abc", "[t.cfg:13] : 'server be/s2' : 'fall' has to be > 0..")]
    [InlineData("inter 0", "[t.cfg:13] : 'server be/s2' : invalid value 0 for argument 'inter' of server s2..")]
    [InlineData("weight 300", "[t.cfg:13] : 'server be/s2' : weight of server s2 is not within 0 and 256 (300)..")]
    public void Run_BadServerOption_AlertsWithHaproxyWords(string option, string alert)
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\nbackend be\n    server s1 127.0.0.1:8081\n\n\n    server s2 127.0.0.1:8082 " + option + "\n");
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : " + alert + "\n", e);
    }

    [Fact]
    public void Run_ServerWeightWithoutValue_AcceptedAsZero()
    {
        var (code, o, _) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\nbackend be\n    server s2 127.0.0.1:8082 weight\n");
        Assert.Equal(0, code);
        Assert.Equal("Configuration file is valid\n", o);
    }

    [Fact]
    public void Run_UnresolvableServerName_FailsAfterValidity()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\nbackend be\n    server s2 999.1.1.1:80\n");
        Assert.Equal(1, code);
        Assert.EndsWith("[ALERT]    (42) : config : [t.cfg:10] : 'server be/s2' : could not resolve address '999.1.1.1'.\n[ALERT]    (42) : config : Failed to initialize server(s) addr.\n", e);
    }

    [Fact]
    public void Run_InvalidServerName_Alerts()
    {
        var (_, _, e) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\nbackend be\n    server s/1 127.0.0.1:80\n");
        Assert.Contains("[ALERT]    (42) : config : [t.cfg:10] : character '/' is not permitted in server name 's/1'.\n", e);
    }

    [Theory]
    [InlineData("timeout client 99999999d", "parsing [t.cfg:8] : timer overflow in argument '99999999d' to 'timeout client' (maximum value is 2147483647 ms or ~24.8 days)")]
    [InlineData("timeout client 30s 30s", "parsing [t.cfg:8] : 'timeout client' : unexpected extra argument '30s' after value '30s'.")]
    [InlineData("default_backend be servers", "parsing [t.cfg:8] : 'default_backend' cannot handle unexpected argument 'servers'.")]
    [InlineData("mode health", "parsing [t.cfg:8] : 'mode health' doesn't exist anymore. Please use 'http-request return status 200' instead.")]
    [InlineData("no option frobnicate", "parsing [t.cfg:8]: negation/default is not supported for option 'frobnicate'.")]
    [InlineData("stats uri", "parsing [t.cfg:8] : 'uri' needs an URI prefix.")]
    public void Run_BadProxyLine_Alerts(string line, string alert)
    {
        var (code, _, e) = Frontend(line);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : " + alert + "\n", e);
    }

    [Fact]
    public void Run_HttplogInTcpMode_WarnsFallingBack()
    {
        var (code, o, e) = TestConfig.Check("defaults\n    mode tcp\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\nlisten mysql\n    bind 127.0.0.1:3306\n    option httplog\n    server s1 127.0.0.1:3307\n");
        Assert.Equal(0, code);
        Assert.Equal("Warnings were found.\nConfiguration file is valid\n", o);
        Assert.Contains("[WARNING]  (42) : config : parsing [t.cfg:8] : 'option httplog' not usable with proxy 'mysql' (needs 'mode http'). Falling back to 'option tcplog'.\n", e);
    }

    [Fact]
    public void Run_FrontendWithoutBind_WarnsAndHasNoListener()
    {
        var (code, o, e) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    default_backend be\n" + Backend);
        Assert.Equal(2, code);
        Assert.Contains("[WARNING]  (42) : config : frontend 'fe' has no 'bind' directive. Please declare it as a backend if this was intended.\n", e);
        Assert.StartsWith("Warnings were found.\n", o);
    }

    [Fact]
    public void Run_DefaultBackendItself_LoopDetected()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\nbackend be\n    default_backend be\n    server s1 127.0.0.1:80\n");
        Assert.Equal(1, code);
        Assert.Contains("[WARNING]  (42) : config : parsing [t.cfg:10] : 'default_backend' ignored because backend 'be' has no frontend capability.\n", e);
        Assert.Contains("[ALERT]    (42) : config : Proxy 'be': loop detected for default_backend: 'be'.\n", e);
    }

    [Fact]
    public void Run_ProgramWithoutMasterWorker_FailsWithoutLocation()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "program logger\n    user nobody\n" + Backend);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : The program section 'logger' lacks a command to launch.\n[ALERT]    (42) : config : Can't use a 'program' section without master worker mode.\n", e);
        Assert.DoesNotContain("[WARNING]", e);
    }

    [Fact]
    public void Run_UnknownKeywordInPeers_AlertPrecedesUnsupportedWarning()
    {
        var (_, _, e) = TestConfig.Check(TestConfig.Timeouts + "peers mypeers\n    frobnicate 1\n    peer node1 127.0.0.1:10000\n" + Backend);
        int alert = e.IndexOf("[ALERT]    (42) : config : parsing [t.cfg:7] : unknown keyword 'frobnicate' in 'peers' section", StringComparison.Ordinal);
        int warning = e.IndexOf("[WARNING]", StringComparison.Ordinal);
        Assert.True(alert >= 0 && (warning < 0 || alert < warning), e);
    }

    [Fact]
    public void Run_BadMailerAddress_Alerts()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "mailers m\n    mailer smtp1 nope\n" + Backend);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : parsing [t.cfg:7] : 'mailer smtp1' : missing port specification in 'nope'\n", e);
    }

    [Fact]
    public void Run_NoticeDirectiveOnly_PrintsNoVersionNotices()
    {
        // haproxy -c -f t.cfg with a ".notice 'hello'" line: only the notice itself, no version/path notices.
        var (code, _, e) = TestConfig.Check(".notice 'hello'\n" + TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\n" + Backend);
        Assert.Equal(0, code);
        Assert.Equal("[NOTICE]   (42) : config : parsing [t.cfg:1]: 'hello'.\n", e);
    }
}
