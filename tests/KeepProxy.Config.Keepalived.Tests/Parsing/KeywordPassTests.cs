namespace KeepProxy.Config.Keepalived.Tests.Parsing;

/// <summary>Mangled files the fuzz test found: handlers whose enclosing object is missing must not throw.</summary>
public sealed class KeywordPassTests
{
    // Fuzz seed 7153521, mutation #2239 of conformance case http-get-ok: the real_server's '{' sits inside an
    // unterminated quote, so "weight" and HTTP_GET reach the real-server level with no real server.
    // `unshare --net keepalived -t -f FILE` exits 5 on it.
    private const string RealServerBraceInQuote = """
        virtual_server 192.168.70.10 80 {
            delay_loop 6
            lb_algo rr
            lb_kind NAT
            protocol TCP
            real_server 192.168.70.11 "80 {
                weight 1
                HTTP_GET {
                    url {
                        path /health
                        status_code 200
                    }
                    connect_timeout 3
                }
            }
        }

        """;

    [Fact]
    public void Load_SubKeywordWithoutItsRealServer_RejectsWithLinesInsteadOfThrowing()
    {
        KeepalivedLoadResult result = TestSupport.Text(RealServerBraceInQuote, "eth0");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains(result.Messages, m => m.Text.StartsWith("Unterminated quote", StringComparison.Ordinal) && m.Position.Line == 6);
        Assert.Contains(result.Messages, m => m.Text == "Missing '{' at beginning of configuration block");
    }
}
