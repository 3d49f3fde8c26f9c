using System.Globalization;
using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Specs;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>
/// Article 002 (c): haproxy on "proxy" (eth0 192.168.4.5 for clients, eth1 192.168.2.5 to the web servers), stats on
/// :1080/stats (admin:admin, refresh 30 s), round robin over web1 (.2.100) and web2 (.2.200) with
/// <c>check inter 2000 rise 2 fall 5</c>. haproxy 2.6 refuses the article's <c>listen NAME ADDR:PORT</c>, so the
/// reference runs the article's intent with bind lines (haproxy.modern.cfg); the refusal itself is asserted.
/// </summary>
public sealed class Scenario002HAProxy : IScenario
{
    private const string Front = "192.168.4.5";

    public string Id => "002-haproxy";

    public string Title => "article 002 (c): haproxy round robin over two web servers, stats :1080 (admin:admin), check inter 2000 rise 2 fall 5";

    public InteractiveView View => new("client", $"http://{Front}/", []);

    public ScenarioSpec Build(LabPaths paths)
    {
        var dir = paths.Seed("002-keepalived-lvs-haproxy", "c-haproxy");
        var proxy = new HostSpec("proxy", [Link("eth0", "front", Front + "/24"), Link("eth1", "back", "192.168.2.5/24")],
        [
            HostFile.From("/etc/haproxy/haproxy.cfg", Path.Combine(dir, "proxy", "haproxy.modern.cfg")),
            HostFile.From("/etc/haproxy/haproxy.article.cfg", Path.Combine(dir, "proxy", "haproxy.cfg")),
            new HostFile("/usr/local/haproxy/.keep", ""), // the article's chroot directory
        ], []);
        HostSpec Web(string name, string addr) => new(name, [Link("eth1", "back", addr + "/24")],
        [
            HostFile.From("/var/www/html/index.html", Path.Combine(dir, name, "index.html")),
            Nginx(new NginxServer("80", "/var/www/html")),
        ], []);
        return new ScenarioSpec(Id, Title,
            [proxy, Web("web1", "192.168.2.100"), Web("web2", "192.168.2.200"), Client("client", Link("eth0", "front", "192.168.4.10/24"))],
            []);
    }

    public async Task SetupAsync(ScenarioContext ctx)
    {
        ctx.Step("proxy: the article's haproxy.cfg (listen NAME ADDR:PORT) is refused by haproxy 2.6");
        var refused = await ctx.ShAsync("proxy", "haproxy -c -f /etc/haproxy/haproxy.article.cfg", mustSucceed: false);
        ctx.Check(refused.ExitCode == 1 && refused.StdErr.Contains("please use the 'bind' keyword for listening addresses", StringComparison.Ordinal)
            || ctx.Topology.Options.Implementation != Specs.Implementation.Reference,
            "haproxy -c on the article's form: exit 1, \"please use the 'bind' keyword for listening addresses\"");
        ctx.Step("web1, web2: systemctl start httpd; proxy: systemctl start haproxy (haproxy.modern.cfg, the article's intent with bind lines)");
        await ctx.StartAllAsync("httpd", "web1", "web2");
        await ctx.SystemctlAsync("proxy", "start haproxy");
        _haproxyStarted = ctx.Now;
    }

    private long _haproxyStarted;

    private static async Task<Dictionary<string, string>> StatusAsync(ScenarioContext ctx)
    {
        var r = await ctx.CurlAsync("client", $"http://{Front}:1080/stats;csv", "-u admin:admin");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in r.Body.Split('\n'))
        {
            var f = line.Split(',');
            if (f.Length > 17 && f[0] == "webserv-rewrite" && f[1] is "web1" or "web2") result[f[1]] = f[17];
        }
        return result;
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        ctx.Step("client: http://192.168.4.5 → pages alternate 192.168.2.100 / 192.168.2.200");
        var seen = new List<string>();
        for (var i = 0; i < 4; i++) seen.Add((await ctx.CurlAsync("client", $"http://{Front}/")).LastLine);
        ctx.Check(seen.Distinct().Count() == 2 && seen.All(s => s is "192.168.2.100" or "192.168.2.200") && seen[0] != seen[1] && seen[1] != seen[2],
            $"round robin alternates ({string.Join(", ", seen)})");

        ctx.Step("client: http://192.168.4.5:1080/stats with admin:admin → stats page (auth, refresh, columns)");
        var noAuth = await ctx.CurlAsync("client", $"http://{Front}:1080/stats");
        ctx.Check(noAuth.HttpStatus == 401, $"without credentials: 401 (got {noAuth.HttpStatus})");
        var page = await ctx.CurlAsync("client", $"http://{Front}:1080/stats", "-u admin:admin -D /tmp/stats.headers");
        ctx.Check(page.HttpStatus == 200 && page.Body.Contains("webserv-rewrite", StringComparison.Ordinal) && page.Body.Contains("Queue", StringComparison.Ordinal)
            && page.Body.Contains("Session rate", StringComparison.Ordinal) && page.Body.Contains("Sessions", StringComparison.Ordinal)
            && page.Body.Contains("Bytes", StringComparison.Ordinal) && page.Body.Contains("Denied", StringComparison.Ordinal)
            && page.Body.Contains("Errors", StringComparison.Ordinal) && page.Body.Contains("Warnings", StringComparison.Ordinal),
            "with admin:admin: 200, stats page with queue, session rate, sessions, bytes, denied, errors, warnings columns");
        var headers = await ctx.ShAsync("client", "cat /tmp/stats.headers");
        ctx.Check(headers.StdOut.Contains("Refresh: 30", StringComparison.OrdinalIgnoreCase), "stats refresh 30s → 'Refresh: 30' header");

        var loop = ctx.StartLoop("client", $"http://{Front}/", TimeSpan.FromMilliseconds(250), 200);
        // haproxy starts a checked server at the bottom of its UP range (health = rise): one failure right after start
        // takes it down. Only after fall − 1 more good checks does "fall 5" mean five failures; wait for that.
        var settle = 2.0 * 5 + 1 - ctx.Seconds(_haproxyStarted, ctx.Now);
        if (settle > 0)
        {
            ctx.Note($"waiting {settle:0.0} s until web2's health counter is full (haproxy starts a server at health = rise, so right after start one failed check would take it down)");
            await Task.Delay(TimeSpan.FromSeconds(settle), ctx.Cancellation);
        }
        ctx.Step("web2: systemctl stop httpd → web2 leaves the rotation after fall 5 × inter 2000 ms");
        var t = ctx.Now;
        await ctx.SystemctlAsync("web2", "stop httpd");
        await ctx.WaitUntilAsync(async () => (await StatusAsync(ctx)).GetValueOrDefault("web2", "").StartsWith("DOWN", StringComparison.Ordinal), TimeSpan.FromSeconds(16), "web2 DOWN in the stats CSV", TimeSpan.FromMilliseconds(250));
        var down = ctx.Seconds(t, ctx.Now);
        ctx.Check(down >= 7.5, string.Create(CultureInfo.InvariantCulture, $"not before the 5th failed check ({down:0.0} s ≥ 4 × 2 s)"));
        var window = loop.Samples.Where(s => s.StartTs >= t).ToList();
        ctx.Note(string.Create(CultureInfo.InvariantCulture, $"web2 marked DOWN after {down:0.0} s (fall 5 × inter 2 s = 10 s, first check up to 2 s after the stop); {window.Count(s => !s.Ok)} of {window.Count} requests failed meanwhile (option redispatch + retries 3)"));
        var t2 = ctx.Now;
        await loop.WaitForAsync(t2, s => s.LastLine == "192.168.2.100", TimeSpan.FromSeconds(3), "web1 answers");
        await Task.Delay(1500, ctx.Cancellation);
        ctx.Check(loop.Samples.Where(s => s.StartTs >= t2).All(s => s.LastLine == "192.168.2.100"), "only web1 answers while web2 is DOWN");

        ctx.Step("web2: systemctl start httpd → back in the rotation after rise 2 × inter 2000 ms");
        t = ctx.Now;
        await ctx.SystemctlAsync("web2", "start httpd");
        await ctx.WaitUntilAsync(async () => (await StatusAsync(ctx)).GetValueOrDefault("web2", "").StartsWith("UP", StringComparison.Ordinal), TimeSpan.FromSeconds(8), "web2 UP again in the stats CSV", TimeSpan.FromMilliseconds(250));
        var up = ctx.Seconds(t, ctx.Now);
        ctx.Note(string.Create(CultureInfo.InvariantCulture, $"web2 UP after {up:0.0} s (rise 2 × inter 2 s = 4 s, first check up to 2 s after the start)"));
        ctx.Check(up >= 1.5, string.Create(CultureInfo.InvariantCulture, $"not before the 2nd good check ({up:0.0} s ≥ 1 × 2 s)"));
        await loop.WaitForAsync(ctx.Now, s => s.LastLine == "192.168.2.200", TimeSpan.FromSeconds(3), "web2 answers again");
    }
}
