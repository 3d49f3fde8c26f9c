using KeepProxy.Config.HAProxy.Parsing;

namespace KeepProxy.Config.HAProxy.Tests.Parsing;

// Messages measured with haproxy 2.6.12-1+deb12u4: `haproxy -c -f t.cfg` with the address on a bind/server line
// (records in conformance/config-check/records/haproxy.jsonl, e.g. bind-no-port, server-port-bad, env-var-default).
public class AddressParserTests
{
    private static readonly Dictionary<string, string> Env = new() { ["KP_ADDR"] = "127.0.0.1", ["KP_PORT"] = "8080" };

    private static AddressParser Parser(params string[] resolvable) =>
        new(n => Env.TryGetValue(n, out var v) ? v : null, new HostResolver(h => Array.IndexOf(resolvable, h) >= 0));

    private const AddressOptions Bind = AddressOptions.Resolve | AddressOptions.PortOk | AddressOptions.PortMandatory | AddressOptions.PortRange | AddressOptions.SocketFd;

    private const AddressOptions Server = AddressOptions.PortOk | AddressOptions.PortOffset | AddressOptions.KeepFqdn;

    [Theory]
    [InlineData("127.0.0.1", "missing port specification in '127.0.0.1'")]
    [InlineData("*", "missing port specification in '*'")]
    [InlineData("127.0.0.1:8095-8090", "invalid port range '8095-8090'")]
    [InlineData("127.0.0.1:http", "invalid character 'h' in port number 'http' in '127.0.0.1:http'")]
    [InlineData("${KP_UNSET-127.0.0.1}:${KP_NOPORT-8080}", "port offset not permitted here in '${KP_UNSET-127.0.0.1}:${KP_NOPORT-8080}'")]
    [InlineData("${KP_ADDR-10.9.9.9}:8080", "invalid address: '127.0.0.1-10.9.9.9}' in '${KP_ADDR-10.9.9.9}:8080'")]
    [InlineData("fd@3", "cannot use file descriptor '3' : Socket operation on non-socket.")]
    [InlineData("nowhere:80", "invalid address: 'nowhere' in 'nowhere:80'")]
    public void Parse_BadBindAddress_GivesHaproxyMessage(string text, string message)
    {
        Assert.Null(Parser().Parse(text, Bind, out string? error, out _));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("${KP_ADDR}:${KP_PORT}", "127.0.0.1", 8080)]
    [InlineData("${KP_UNSET}:8080", "", 8080)]
    [InlineData("${KP_ADDR:8080", "127.0.0.1", 8080)]
    [InlineData("$KP_ADDR:8000-8010", "127.0.0.1", 8000)]
    [InlineData("[::1]:443", "[::1]", 443)]
    public void Parse_EnvironmentInUnquotedAddress_ExpandsLikeEnvExpand(string text, string host, int port)
    {
        var ep = Parser().Parse(text, Bind, out string? error, out _);
        Assert.Null(error);
        Assert.Equal(host, ep!.Host);
        Assert.Equal(port, ep.PortFrom);
    }

    [Fact]
    public void Parse_ServerName_KeptForLaterResolution()
    {
        var ep = Parser().Parse("999.1.1.1:80", Server, out string? error, out string? fqdn);
        Assert.NotNull(ep);
        Assert.Null(error);
        Assert.Equal("999.1.1.1", fqdn);
    }

    [Fact]
    public void Parse_ServerPortLetters_Refused()
    {
        Assert.Null(Parser().Parse("::gg", Server, out string? error, out _));
        Assert.Equal("invalid character 'g' in port number 'gg' in '::gg'", error);
    }

    [Fact]
    public void Parse_ResolvableBindName_Accepted()
    {
        Assert.NotNull(Parser("localhost").Parse("localhost:80", Bind, out _, out _));
    }

    [Theory]
    [InlineData("1.2.3.4", true)]
    [InlineData("1.2.3.04", false)]
    [InlineData("256.1.1.1", false)]
    [InlineData("1.2.3", false)]
    [InlineData("1.2.3.4.5", false)]
    public void IsInetPton4_Literal_MatchesGlibc(string text, bool ok) => Assert.Equal(ok, AddressParser.IsInetPton4(text));
}
