namespace KeepProxy.Config.HAProxy.Tests;

// Every expected string below was measured with: haproxy -c -f t.cfg  (haproxy 2.6.12-1+deb12u4), PID replaced by 42.
public class HAProxyConfigCheckTests
{
    private const string Ok = TestConfig.Timeouts + "frontend fe\n    bind *:8000\n    default_backend be\nbackend be\n    server s1 127.0.0.1:80 check\n";

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Run_ValidConfig_PrintsValidOnStdoutOnly()
    {
        var (code, o, e) = TestConfig.Check(Ok);
        Assert.Equal(0, code);
        Assert.Equal("Configuration file is valid\n", o);
        Assert.Equal("", e);
    }

    [Fact]
    public void Run_UnknownKeyword_AlertsWithFileLineAndExit1()
    {
        var (code, o, e) = TestConfig.Check("frontend fe\n    bind *:8000\n    frobnicate 1\n");
        Assert.Equal(1, code);
        Assert.Equal("", o);
        var l = Lines(e);
        Assert.StartsWith("[NOTICE]   (42) : haproxy version is ", l[0]);
        Assert.StartsWith("[NOTICE]   (42) : path to executable is ", l[1]);
        Assert.Equal("[ALERT]    (42) : config : parsing [t.cfg:3] : unknown keyword 'frobnicate' in 'frontend' section", l[2]);
        Assert.Equal("[ALERT]    (42) : config : Error(s) found in configuration file : t.cfg", l[3]);
        Assert.Equal("[ALERT]    (42) : config : Fatal errors found in configuration.", l[4]);
    }

    [Fact]
    public void Run_MissingDefaultBackend_ReportsAfterParse()
    {
        var (code, _, e) = TestConfig.Check("frontend fe\n    bind *:8000\n    default_backend be_nope\n");
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : Proxy 'fe': unable to find required default_backend: 'be_nope'.\n[WARNING]  (42) : config : missing timeouts for frontend 'fe'.\n   | While not properly invalid", e);
    }

    [Fact]
    public void Run_WarningsOnly_PrintsWarningsFoundThenValid()
    {
        var (code, o, _) = TestConfig.Check("frontend fe\n    bind *:8000\n    mode http\n");
        Assert.Equal(0, code);
        Assert.Equal("Warnings were found.\nConfiguration file is valid\n", o);
    }

    [Fact]
    public void Run_WarningsWithDW_FailsWithZeroWarningAlert()
    {
        var (code, o, e) = TestConfig.Check("frontend fe\n    bind *:8000\n    mode http\n", warningsFatal: true);
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.EndsWith("[ALERT]    (42) : config : Some warnings were found and 'zero-warning' is set. Aborting.\n", e);
    }

    [Fact]
    public void Run_Quiet_PrintsNothingKeepsCode()
    {
        var (code, o, e) = TestConfig.Check("frontend fe\n    frobnicate\n", quiet: true);
        Assert.Equal((1, "", ""), (code, o, e));
    }

    [Fact]
    public void Run_MissingFinalNewline_Alerts()
    {
        var (code, _, e) = TestConfig.Check("global\n    maxconn 1");
        Assert.Equal(1, code);
        Assert.Contains("parsing [t.cfg:2]: Missing LF on last line, file might have been truncated at position 14.", e);
    }

    [Theory]
    [InlineData("    optoin httplog\n", "parsing [t.cfg:3] : unknown keyword 'optoin' in 'frontend' section; did you mean 'option' maybe ?")]
    [InlineData("    bnd *:80\n", "parsing [t.cfg:3] : unknown keyword 'bnd' in 'frontend' section; did you mean 'bind' maybe ?")]
    [InlineData("    option httplgo\n", "parsing [t.cfg:3] : unknown option 'httplgo'; did you mean 'httplog' maybe ?")]
    [InlineData("    timeout clinet 5s\n", "parsing [t.cfg:3] : 'timeout' supports 'client', 'server', 'connect', 'check', 'queue', 'http-keep-alive', 'http-request', 'tunnel', 'tarpit', 'client-fin' and 'server-fin' (got 'clinet')")]
    [InlineData("    mode foo\n", "parsing [t.cfg:3] : unknown proxy mode 'foo'.")]
    [InlineData("    bind :1 foo\n", "parsing [t.cfg:3] : 'bind :1' in section 'frontend': unknown keyword 'foo'; did you mean 'tfo' maybe ?")]
    [InlineData("    bind 1.2.3.4.5:80\n", "parsing [t.cfg:3] : 'bind' : invalid address: '1.2.3.4.5' in '1.2.3.4.5:80'")]
    [InlineData("    timeout client 10x\n", "parsing [t.cfg:3] : unexpected character 'x' in 'timeout client'")]
    [InlineData("    balance foo\n", "parsing [t.cfg:3] : 'balance' ignored because frontend 'fe' has no backend capability.")]
    [InlineData("    default_backend\n", "parsing [t.cfg:3] : 'default_backend' expects a backend name.")]
    [InlineData("    bind *:443 ssl crt /nonexist/cert.pem\n", "parsing [t.cfg:3] : 'bind *:443' in section 'frontend' : unable to stat SSL certificate from file '/nonexist/cert.pem' : No such file or directory.")]
    [InlineData("    errorfile 503 /nonexist/503.http\n", "parsing [t.cfg:3] : errorfile : error opening file '/nonexist/503.http'.")]
    [InlineData("    acl a path_beg /x\n    use_backend y if b\n", "parsing [t.cfg:4] : error detected while parsing switching rule : no such ACL : 'b'.")]
    public void Run_FrontendLine_GivesHaproxyMessage(string body, string message)
    {
        var (_, _, e) = TestConfig.Check("frontend fe\n    bind *:80\n" + body);
        Assert.Contains("config : " + message + "\n", e);
    }

    [Fact]
    public void Run_BadServerOption_SuggestsCheck()
    {
        var (_, _, e) = TestConfig.Check("listen x\n    bind :1\n    server s 1.1.1.1:80 chek\n");
        Assert.Contains("config : [t.cfg:3] : 'server x/s' : unknown keyword 'chek'; did you mean 'check' maybe ?\n", e);
    }

    [Fact]
    public void Run_DuplicateFrontend_Alerts()
    {
        var (_, _, e) = TestConfig.Check("frontend fe\n    bind *:80\nfrontend fe\n    bind *:81\n");
        Assert.Contains("config : Parsing [t.cfg:3]: frontend 'fe' has the same name as frontend 'fe' declared at t.cfg:1.\n", e);
    }

    [Fact]
    public void Run_DuplicateServer_AlertsInValidityPass()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "backend be\n    server s1 1.2.3.4:80\n    server s1 1.2.3.5:80\nlisten x\n    bind :1\n");
        Assert.Equal(1, code);
        Assert.Contains("config : parsing [t.cfg:8] : backend 'be', another server named 's1' was already defined at line 7, please use distinct names.\n[ALERT]    (42) : config : Fatal errors found in configuration.\n", e);
    }

    [Fact]
    public void Run_ModeConflict_Alerts()
    {
        var (_, _, e) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind *:80\n    default_backend be\nbackend be\n    mode tcp\n    server s1 1.2.3.4:80\n");
        Assert.Contains("config : http frontend 'fe' (t.cfg:6) tries to use incompatible tcp backend 'be' (t.cfg:9) as its default backend (see 'mode').\n", e);
    }

    [Fact]
    public void Run_IfError_AbortsWithoutFatalLine()
    {
        var (code, _, e) = TestConfig.Check("global\n.if foo\n.endif\n");
        Assert.Equal(1, code);
        Assert.Contains("config : parsing [t.cfg:2]: unparsable conditional expression 'foo' in '.if' at position 1:\n  .if foo\n      ^\n", e);
        Assert.DoesNotContain("Fatal errors", e);
    }

    [Fact]
    public void Run_Directives_WarningAndNotice()
    {
        var (code, _, e) = TestConfig.Check("global\n.if 1\n  .warning \"hello w\"\n  .notice \"n1\"\n.else\n  .alert \"x\"\n.endif\n.if 0\n.elif 1\n.diag \"d\"\n.endif\n.endif\n");
        Assert.Equal(1, code);
        Assert.Contains("[WARNING]  (42) : config : parsing [t.cfg:3]: 'hello w'.\n[NOTICE]   (42) : config : parsing [t.cfg:4]: 'n1'.\n[ALERT]    (42) : config : parsing [t.cfg:12]: lone '.endif' with no matching '.if'.\n", e);
    }

    [Fact]
    public void Run_NoListener_Exits2()
    {
        var (code, o, _) = TestConfig.Check("global\n    maxconn 10\n");
        Assert.Equal(2, code);
        Assert.Equal("Configuration file has no error but will not start (no listener) => exit(2).\n", o);
    }

    [Fact]
    public void Run_MissingFile_AlertsCannotOpen()
    {
        var e = new StringWriter();
        int code = HAProxyConfigCheck.Run(new HAProxyCheckOptions(["/nonexist.cfg"], Pid: 42), new StringWriter(), e);
        Assert.Equal(1, code);
        Assert.EndsWith("[ALERT]    (42) : config : Cannot open configuration file/directory /nonexist.cfg : No such file or directory\n", e.ToString());
    }

    // Improvements over haproxy 2.6 (haproxy refuses both with an alert; we accept with a warning).
    [Fact]
    public void Run_AddressOnListenLine_WarnsWithModernForm()
    {
        var (code, o, e) = TestConfig.Check(TestConfig.Timeouts + "listen stats 0.0.0.0:1080\n    stats uri /s\n");
        Assert.Equal(0, code);
        Assert.Contains("Warnings were found.", o);
        Assert.Contains("   |   listen stats\n   |       bind 0.0.0.0:1080", e);
    }

    [Fact]
    public void Run_AddressOnListenLineWithDW_Fails()
    {
        var (code, _, _) = TestConfig.Check(TestConfig.Timeouts + "listen stats 0.0.0.0:1080\n", warningsFatal: true);
        Assert.Equal(1, code);
    }

    [Fact]
    public void Run_Nbproc_WarnsImprovement()
    {
        var r = TestConfig.Load("global\n   nbproc 4\n   nbthread 2\n");
        var d = Assert.Single(r.Diagnostics, x => x.Severity == Severity.Warning);
        Assert.True(d.Improvement);
        Assert.Contains("nbthread", d.Message);
        Assert.Equal(4, r.Config.Global.NbProc);
    }

    [Fact]
    public void Run_RecognisedUnsupportedKeyword_WarnsNotUnknown()
    {
        var r = TestConfig.Load(TestConfig.Timeouts + "frontend fe\n    bind :80\n    http-request deny\n");
        var d = Assert.Single(r.Diagnostics, x => x.Severity == Severity.Warning);
        Assert.True(d.Improvement);
        Assert.DoesNotContain("unknown keyword", d.Message);
    }
}
