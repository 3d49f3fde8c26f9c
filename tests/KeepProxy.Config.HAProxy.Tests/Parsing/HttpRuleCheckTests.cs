namespace KeepProxy.Config.HAProxy.Tests.Parsing;

// Expected strings measured with haproxy 2.6.12-1+deb12u4 on the same layout (the rule on line 8):
//   printf 'defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\nfrontend fe\n    bind 127.0.0.1:8080\n    LINE\n    default_backend be\nbackend be\n    server s1 127.0.0.1:8081\n' > t.cfg && haproxy -c -f t.cfg
public class HttpRuleCheckTests
{
    private static (int Code, string Out, string Err) Frontend(string line) =>
        TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    " + line + "\n    default_backend be\nbackend be\n    server s1 127.0.0.1:8081\n");

    [Theory]
    [InlineData("http-request allow foo", "parsing [t.cfg:8]: 'http-request allow' expects either 'if' or 'unless' followed by a condition but found 'foo'.")]
    [InlineData("http-request set-header X", "parsing [t.cfg:8] : error detected in frontend 'fe' while parsing 'http-request set-header' rule : expects exactly 2 arguments.")]
    [InlineData("http-request del-header X foo", "parsing [t.cfg:8]: 'http-request del-header' expects either 'if' or 'unless' followed by a condition but found 'foo'.")]
    [InlineData("http-request deny deny_status 403 foo", "parsing [t.cfg:8]: 'http-request deny' expects either 'if' or 'unless' followed by a condition but found 'foo'.")]
    [InlineData("http-request deny when { src 10.0.0.0/8 }", "parsing [t.cfg:8]: 'http-request deny' expects either 'if' or 'unless' followed by a condition but found 'when'.")]
    [InlineData("http-request deny if nosuch", "parsing [t.cfg:8] : error detected while parsing an 'http-request deny' condition : no such ACL : 'nosuch'.")]
    [InlineData("http-request deny if { hdr(host) x } !nosuch", "parsing [t.cfg:8] : error detected while parsing an 'http-request deny' condition : no such ACL : 'nosuch'.")]
    [InlineData("http-request deny if { frob_x 1 }", "parsing [t.cfg:8] : error detected while parsing an 'http-request deny' condition : unknown fetch method 'frob_x' in ACL expression 'frob_x'.")]
    [InlineData("http-request auth realm", "parsing [t.cfg:8] : error detected in frontend 'fe' while parsing 'http-request auth' rule : missing realm value.\n.")]
    public void Run_BadHttpRule_AbortsWithoutFatalLine(string line, string alert)
    {
        var (code, _, e) = Frontend(line);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : " + alert + "\n", e);
        Assert.Contains("Error(s) found in configuration file : t.cfg\n", e);
        Assert.DoesNotContain("Fatal errors found in configuration.", e);
    }

    [Fact]
    public void Run_UnknownHttpResponseAction_ListsRegisteredActions()
    {
        var (code, _, e) = Frontend("http-response frob");
        Assert.Equal(1, code);
        Assert.Contains("parsing [t.cfg:8]: 'http-response' expects 'ot-group', 'set-log-level', 'set-nice', 'sc-inc-gpc(*)', 'sc-inc-gpc0(*)', 'sc-inc-gpc1(*)', 'sc-set-gpt(*)', 'sc-set-gpt0(*)', 'send-spoe-group', 'cache-store', 'add-acl(*)', 'add-header', 'allow', 'capture', 'del-acl(*)', 'del-header', 'del-map(*)', 'deny', 'redirect', 'replace-header', 'replace-value', 'return', 'set-header', 'set-map(*)', 'set-status', 'strict-mode', 'track-sc(*)', 'wait-for-body', 'set-var-fmt(*)', 'set-var(*)', 'unset-var(*)', 'set-mark', 'set-tos', 'silent-drop', but got 'frob'.\n", e);
    }

    [Theory]
    [InlineData("http-request set-header X y if")]
    [InlineData("http-request deny unless")]
    [InlineData("http-request set-var(txn.a) str(1) if TRUE")]
    [InlineData("acl a hdr(host),lower x")]
    public void Run_ValidHttpRuleOrAcl_NoAlert(string line)
    {
        var (code, _, e) = Frontend(line);
        Assert.Equal(0, code);
        Assert.DoesNotContain("[ALERT]", e);
    }

    [Theory]
    [InlineData("acl x nosuch", "parsing [t.cfg:8] : error detected while parsing ACL 'x' : unknown fetch method 'nosuch' in ACL expression 'nosuch'.")]
    [InlineData("acl a http_auth(nope)", "parsing [t.cfg:8]: unable to find userlist 'nope' referenced in arg 1 of ACL keyword 'http_auth' in proxy 'fe'.")]
    public void Run_BadAclFetch_AlertsFatal(string line, string alert)
    {
        var (code, _, e) = Frontend(line);
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : " + alert + "\n", e);
        Assert.Contains("Fatal errors found in configuration.\n", e);
    }
}
