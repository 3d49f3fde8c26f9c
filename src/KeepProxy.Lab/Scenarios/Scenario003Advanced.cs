using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Specs;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>
/// Article 003's advanced haproxy configs, one after the other on one haproxy host "lb" (192.168.1.11, also on
/// 192.168.2.0/24 and 192.168.3.0/24 to reach the back ends): httpchk + expect, cookie insert, static/dynamic
/// ACL routing with leastconn and cookie prefix, https with a generated self-signed certificate, a TCP mysql
/// listen with mysql-check against <see cref="MysqlHandshakeStub"/>, and the tuning config (nbproc refused by 2.6).
/// </summary>
public sealed class Scenario003Advanced : IScenario
{
    private const string Lb = "192.168.1.11";

    public string Id => "003-advanced";

    public string Title => "article 003 advanced haproxy: httpchk+expect, cookie insert/prefix, ACL static/dynamic + leastconn, https, mysql-check, nbproc";

    public InteractiveView View => new("client", $"http://{Lb}/", []);

    public ScenarioSpec Build(LabPaths paths)
    {
        var seeds = paths.Seed("003-keepalived-haproxy", "haproxy-advanced");
        var lb = new HostSpec("lb", [Link("eth0", "lan", Lb + "/24", "192.168.2.11/24", "192.168.3.11/24")],
            [
                .. Directory.GetFiles(seeds, "haproxy.*.cfg").Select(f => HostFile.From("/etc/haproxy/advanced/" + Path.GetFileName(f), f)),
                new HostFile("/etc/haproxy/lab-overrides.cfg", Scenario000.LabLimits),
            ], []);
        var apps = new HostSpec("apps", [Link("eth0", "lan", "192.168.2.101/24", "192.168.2.201/24", "192.168.2.202/24")],
        [
            Nginx(new NginxServer("192.168.2.101:80", "/var/www/static1"),
                  new NginxServer("192.168.2.201:8080", "/var/www/app1", SetCookie: "JSESSIONID=app1session; Path=/"),
                  new NginxServer("192.168.2.202:8080", "/var/www/app2", SetCookie: "JSESSIONID=app2session; Path=/")),
            Page("/var/www/static1/index.html", "static1 192.168.2.101"),
            Page("/var/www/app1/index.html", "app1 192.168.2.201"),
            Page("/var/www/app2/index.html", "app2 192.168.2.202"),
        ], []);
        var db = new HostSpec("db", [Link("eth0", "lan", "192.168.3.101/24", "192.168.3.102/24")],
            [new HostFile(MysqlHandshakeStub.Path, MysqlHandshakeStub.Script, Executable: true)], []);
        return new ScenarioSpec(Id, Title,
        [
            lb,
            Web("web1", Link("eth0", "lan", "192.168.1.101/24"), "web1 192.168.1.101"),
            Web("web2", Link("eth0", "lan", "192.168.1.102/24"), "web2 192.168.1.102"),
            // web3 has no /health: httpchk's "expect status 200" must take it out.
            Web("web3", Link("eth0", "lan", "192.168.1.103/24"), "web3 192.168.1.103", health: 404),
            apps, db,
            Client("client", Link("eth0", "lan", "192.168.1.50/24")),
        ], []);
    }

    public async Task SetupAsync(ScenarioContext ctx)
    {
        ctx.Step("back ends: nginx on web1-3 and apps (static1 :80, app1/app2 :8080), MySQL handshake stubs db1/db2 on :3306");
        await ctx.StartAllAsync("nginx", "web1", "web2", "web3", "apps");
        await ctx.ShAsync("db", $"for a in 192.168.3.101:db1 192.168.3.102:db2; do (setsid {MysqlHandshakeStub.Path} ${{a%%:*}} ${{a##*:}} </dev/null >>/var/log/mysql-stub-${{a##*:}}.log 2>&1 & echo $! > /run/mysql-stub-${{a##*:}}.pid); done");
        await UseAsync(ctx, "haproxy.httpchk.cfg");
    }

    private static async Task UseAsync(ScenarioContext ctx, string file)
    {
        ctx.Step($"lb: /etc/haproxy/haproxy.cfg = {file}; systemctl restart haproxy");
        await ctx.ShAsync("lb", $"cp /etc/haproxy/advanced/{file} /etc/haproxy/haproxy.cfg");
        await ctx.SystemctlAsync("lb", "restart haproxy");
    }

    private static async Task<string> StatsCsvAsync(ScenarioContext ctx) =>
        (await ctx.CurlAsync("client", $"http://{Lb}:8080/stats;csv", "-u admin:password")).Body;

    private static string? ServerLine(string csv, string proxy, string server) =>
        csv.Split('\n').FirstOrDefault(l => l.StartsWith($"{proxy},{server},", StringComparison.Ordinal));

    private static string Field(string? line, int i) => line?.Split(',') is { } f && f.Length > i ? f[i] : "";

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        ctx.Step("httpchk: option httpchk GET /health + http-check expect status 200, inter 5s fall 3 rise 2 → web3 (404) goes DOWN, web1/web2 stay UP");
        await ctx.WaitUntilAsync(async () => Field(ServerLine(await StatsCsvAsync(ctx), "http_back", "web3"), 17).StartsWith("DOWN", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), "web3 DOWN in the stats CSV (3 failed checks × 5 s)", TimeSpan.FromSeconds(1));
        var csv = await StatsCsvAsync(ctx);
        ctx.Check(Field(ServerLine(csv, "http_back", "web3"), 36) == "L7STS" && Field(ServerLine(csv, "http_back", "web3"), 37) == "404", "web3's check: L7STS 404");
        ctx.Check(Field(ServerLine(csv, "http_back", "web1"), 17) == "UP" && Field(ServerLine(csv, "http_back", "web2"), 17) == "UP", "web1 and web2 UP");
        var pages = new List<string>();
        for (var i = 0; i < 4; i++) pages.Add((await ctx.CurlAsync("client", $"http://{Lb}/")).LastLine.Split(' ')[0]);
        ctx.Check(pages.All(p => p is "web1" or "web2") && pages.Distinct().Count() == 2, $"traffic only to web1/web2 ({string.Join(", ", pages)})");

        await UseAsync(ctx, "haproxy.cookie.cfg");
        ctx.Step("cookie SERVERID insert indirect nocache: the first answer sets SERVERID; sending it back sticks to that server");
        var first = await ctx.CurlAsync("client", $"http://{Lb}/", "-D /tmp/h1");
        var h1 = (await ctx.ShAsync("client", "cat /tmp/h1")).StdOut;
        var sid = System.Text.RegularExpressions.Regex.Match(h1, @"(?im)^set-cookie:\s*SERVERID=(s\d)").Groups[1].Value;
        ctx.Check(sid.Length == 2 && first.LastLine.StartsWith("web" + sid[1], StringComparison.Ordinal), $"Set-Cookie: SERVERID={sid} from {first.LastLine.Split(' ')[0]}");
        ctx.Check(h1.Contains("cache-control: private", StringComparison.OrdinalIgnoreCase), "nocache → Cache-Control: private");
        var sticky = new List<string>();
        for (var i = 0; i < 5; i++) sticky.Add((await ctx.CurlAsync("client", $"http://{Lb}/", "-b SERVERID=s2")).LastLine.Split(' ')[0]);
        ctx.Check(sticky.All(p => p == "web2"), $"Cookie SERVERID=s2 → always web2 ({string.Join(", ", sticky)})");

        await UseAsync(ctx, "haproxy.acl-static-dynamic.cfg");
        ctx.Step("ACL is_static path_beg /static/ → static_back; the rest → dynamic_back (leastconn, cookie JSESSIONID prefix)");
        ctx.Check((await ctx.CurlAsync("client", $"http://{Lb}/static/logo.png")).LastLine.StartsWith("static1", StringComparison.Ordinal), "/static/logo.png → static1 (192.168.2.101)");
        var dyn = new List<string>();
        for (var i = 0; i < 4; i++) dyn.Add((await ctx.CurlAsync("client", $"http://{Lb}/app/")).LastLine.Split(' ')[0]);
        ctx.Check(dyn.All(p => p is "app1" or "app2"), $"/app/ → the application servers ({string.Join(", ", dyn)}; leastconn with no open connections)");
        await ctx.CurlAsync("client", $"http://{Lb}/app/", "-D /tmp/h2");
        var h2 = (await ctx.ShAsync("client", "cat /tmp/h2")).StdOut;
        var prefixed = System.Text.RegularExpressions.Regex.Match(h2, @"(?im)^set-cookie:\s*JSESSIONID=(s[12])~(app[12])session");
        ctx.Check(prefixed.Success && prefixed.Groups[1].Value[1] == prefixed.Groups[2].Value[3], $"cookie prefix: the application's JSESSIONID comes back as JSESSIONID=sN~… ({prefixed.Value.Trim()})");
        var stick2 = new List<string>();
        for (var i = 0; i < 4; i++) stick2.Add((await ctx.CurlAsync("client", $"http://{Lb}/app/", "-b JSESSIONID=s2~app2session")).LastLine.Split(' ')[0]);
        ctx.Check(stick2.All(p => p == "app2"), $"JSESSIONID=s2~… → always app2 ({string.Join(", ", stick2)})");

        ctx.Step("https: bind *:443 ssl crt /etc/haproxy/cert.pem with a self-signed certificate made by openssl");
        await ctx.ShAsync("lb", "openssl req -x509 -newkey rsa:2048 -nodes -keyout /tmp/key.pem -out /tmp/crt.pem -days 2 -subj /CN=192.168.1.11 2>/dev/null && cat /tmp/crt.pem /tmp/key.pem > /etc/haproxy/cert.pem");
        await UseAsync(ctx, "haproxy.https.cfg");
        var tls = await ctx.CurlAsync("client", $"https://{Lb}/", "-k");
        ctx.Check(tls.Ok && tls.LastLine.StartsWith("web", StringComparison.Ordinal), $"curl -k https://{Lb}/ → {tls.LastLine}");
        var strict = await ctx.CurlAsync("client", $"https://{Lb}/");
        ctx.Check(strict.ExitCode == 60, $"without -k curl refuses the self-signed certificate (exit {strict.ExitCode})");

        await UseAsync(ctx, "haproxy.mysql.cfg");
        ctx.Step("mysql: listen :3306 mode tcp, leastconn, mysql-check user haproxy_check; db2 is backup → db1 serves; db1 stopped → db2 serves");
        const string greet = "timeout 3 bash -c 'exec 3<>/dev/tcp/192.168.1.11/3306; head -c 40 <&3' | tr -dc '[:print:]'";
        await ctx.WaitUntilAsync(async () => (await ctx["client"].ExecAsync(greet)).StdOut.Contains("lab-stub-db1", StringComparison.Ordinal), TimeSpan.FromSeconds(6), "the greeting through lb:3306 comes from db1");
        await ctx.ShAsync("db", "kill $(cat /run/mysql-stub-db1.pid)");
        var t = ctx.Now;
        await ctx.WaitUntilAsync(async () => (await ctx["client"].ExecAsync(greet)).StdOut.Contains("lab-stub-db2", StringComparison.Ordinal), TimeSpan.FromSeconds(15), "after db1's checks fail (fall 3 × inter 2 s) the greeting comes from the backup db2", TimeSpan.FromMilliseconds(500));
        ctx.Note($"mysql failover to the backup server after {ctx.Seconds(t, ctx.Now):0.0} s (fall 3 × inter 2 s)");

        ctx.Step("tuning: the article's nbproc 4 is refused by haproxy 2.6; the modern sibling (nbthread 2) runs");
        if (ctx.Topology.Options.Implementation == Implementation.Reference)
        {
            var r = await ctx.ShAsync("lb", "haproxy -c -f /etc/haproxy/advanced/haproxy.tuning.cfg", mustSucceed: false);
            ctx.Check(r.ExitCode == 1 && r.StdErr.Contains("nbproc is not supported any more since HAProxy 2.5", StringComparison.Ordinal), "haproxy -c: exit 1, \"nbproc is not supported any more since HAProxy 2.5\"");
        }
        if (Prerequisites.FileDescriptorLimit() < 200021)
            ctx.Note($"maxconn 100000 needs 200021 file descriptors, this machine allows {Prerequisites.FileDescriptorLimit()}: /etc/haproxy/lab-overrides.cfg (global: no strict-limits) makes that a warning");
        await UseAsync(ctx, "haproxy.tuning.modern.cfg");
        ctx.Check((await ctx.CurlAsync("client", $"http://{Lb}/")).LastLine.StartsWith("web", StringComparison.Ordinal), "haproxy.tuning.modern.cfg serves");
    }
}
