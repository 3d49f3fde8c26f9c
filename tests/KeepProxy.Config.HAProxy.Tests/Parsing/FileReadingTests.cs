namespace KeepProxy.Config.HAProxy.Tests.Parsing;

// Expected strings from conformance/config-check/records/haproxy.jsonl (haproxy 2.6.12-1+deb12u4) and measured:
//   haproxy -c -f conformance/config-check/cases/haproxy/{too-many-words,nul-byte,if-empty-condition}.cfg
public class FileReadingTests
{
    private const string Rest = "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\nbackend be\n    server s1 127.0.0.1:8081\n";

    [Fact]
    public void Run_TooManyWords_NamesLastKeptWordAndItsOffset()
    {
        // Layout of too-many-words.cfg: "acl many hdr(host) 1 … 80" -> word 64 is "61" at offset 191.
        string acl = "    acl many hdr(host) " + string.Join(' ', Enumerable.Range(1, 80));
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n" + acl + "\n    default_backend be\nbackend be\n    server s1 127.0.0.1:8081\n");
        Assert.Equal(1, code);
        Assert.Contains("parsing [t.cfg:8]: too many words, truncating after word 64, position 191: <61>.\n", e);
    }

    [Fact]
    public void Run_NulInLine_StrayNulAlertWithRawPosition()
    {
        var (code, _, e) = TestConfig.Check(TestConfig.Timeouts + "frontend fe\n    bind 127.0.0.1:8080\n    default_backend be\0junk\nbackend be\n    server s1 127.0.0.1:8081\n");
        Assert.Equal(1, code);
        Assert.Contains("[ALERT]    (42) : config : parsing [t.cfg:8]: Stray NUL character at position 23.\n", e);
        Assert.Contains("Fatal errors found in configuration.\n", e);
    }

    [Theory]
    [InlineData(".if\n    .alert \"taken\"\n.endif\n")]
    [InlineData(".if \"\"\n    .alert \"taken\"\n.endif\n")]
    public void Run_IfWithoutCondition_IsFalseNotError(string block)
    {
        var (code, o, e) = TestConfig.Check(TestConfig.Timeouts + block + Rest);
        Assert.Equal(0, code);
        Assert.Equal("Configuration file is valid\n", o);
        Assert.DoesNotContain("[ALERT]", e);
    }
}
