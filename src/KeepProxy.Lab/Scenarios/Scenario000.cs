using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Observation;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Timing;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>
/// Article 000: svr1 (.131, state MASTER prio 151, nopreempt — cleared by keepalived) and svr2 (.132, BACKUP 150,
/// nopreempt), unicast, check_nginx weight +50 (the script stops keepalived when nginx is gone), haproxy :8000 on
/// both balancing over both nginx. VIP 172.25.254.130.
/// </summary>
public sealed class Scenario000 : IScenario
{
    public const string Vip = "172.25.254.130";

    public string Id => "000";

    public string Title => "article 000: keepalived (unicast, check_nginx +50) + haproxy :8000 round robin over two nginx, VIP 172.25.254.130";

    public InteractiveView View => new("client", $"http://{Vip}:8000/", [Vip]);

    /// <summary>The article's <c>maxconn 60000</c> makes haproxy ask for 120030 file descriptors; this sandbox caps them at
    /// 20000 ("Cannot raise FD limit"), so the lab loads a second global section with <c>no strict-limits</c> after the article's file.</summary>
    public const string LabLimits = "# KeepProxy lab: loaded after haproxy.cfg; the machine's file-descriptor cap is below maxconn 60000's needs.\nglobal\n    no strict-limits\n";

    public ScenarioSpec Build(LabPaths paths)
    {
        HostSpec Node(string name, string addr)
        {
            var dir = paths.Seed("000-keepalived-haproxy-nginx", name);
            return new HostSpec(name, [Link("ens33", "lan", addr + "/24")],
            [
                HostFile.From("/etc/keepalived/keepalived.conf", Path.Combine(dir, "keepalived.conf")),
                HostFile.From("/etc/keepalived/check_nginx.sh", Path.Combine(dir, "check_nginx.sh"), executable: true),
                HostFile.From("/etc/haproxy/haproxy.cfg", Path.Combine(dir, "haproxy.cfg")),
                new("/etc/haproxy/lab-overrides.cfg", LabLimits),
                Nginx(new NginxServer("80", "/var/www/html")),
                // Ubuntu's default page, with the server named so the client can tell the two apart.
                Page("/var/www/html/index.html", $"<!-- lab page of {name} -->\n<h1>Welcome to nginx!</h1>\n{name} {addr}"),
            ], [], RunsKeepalived: true);
        }
        return new ScenarioSpec(Id, Title,
            [Node("svr1", "172.25.254.131"), Node("svr2", "172.25.254.132"), Client("client", Link("ens33", "lan", "172.25.254.10/24"))],
            [Vip]);
    }

    private static bool From(ClientSample s, string host) => s.Ok && s.LastLine.StartsWith(host + " ", StringComparison.Ordinal);

    public async Task SetupAsync(ScenarioContext ctx)
    {
        ctx.Step("both: systemctl start nginx; systemctl status nginx → active (running)");
        await ctx.StartAllAsync("nginx", "svr1", "svr2");
        foreach (var h in new[] { "svr1", "svr2" })
            ctx.Check((await ctx.SystemctlAsync(h, "status nginx")).StdOut.Contains("active (running)", StringComparison.Ordinal), $"{h}: nginx active (running)");
        ctx.Step("both: systemctl start haproxy (frontend http-in :8000, round robin over .131:80 and .132:80)");
        if (Prerequisites.FileDescriptorLimit() < 120030)
            ctx.Note($"file descriptors are capped at {Prerequisites.FileDescriptorLimit()} here: haproxy gets /etc/haproxy/lab-overrides.cfg (global: no strict-limits) after the article's file, so maxconn 60000 (120030 fds) only warns");
        await ctx.StartAllAsync("haproxy", "svr1", "svr2");
        ctx.Step("both: systemctl start keepalived");
        await ctx.StartAllAsync("keepalived", "svr1", "svr2");
        await ctx.WaitVipAsync(Vip, "svr1", TimeSpan.FromSeconds(12));
        await ctx.WaitUntilAsync(() => Task.FromResult(ctx["svr1"].ReadFile("/var/log/keepalived.log").Contains("Changing effective priority from 151 to 201", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(5), "svr1 log: check_nginx succeeded, effective priority 151 → 201 (the article's log says 101 → 151: captured with priority 101)");
        ctx.Check(ctx["svr1"].ReadFile("/var/log/keepalived.log").Contains("Entering MASTER STATE", StringComparison.Ordinal), "svr1 log: (VI_1) Entering MASTER STATE");
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        ctx.Step("client: curl http://172.25.254.130:8000 in a bounded loop → answers alternate between both nginx");
        var loop = ctx.StartLoop("client", $"http://{Vip}:8000/", TimeSpan.FromMilliseconds(200), 250);
        var start = ctx.Now;
        await loop.WaitForAsync(start, s => From(s, "svr1"), TimeSpan.FromSeconds(5), "an answer from svr1's nginx");
        await loop.WaitForAsync(start, s => From(s, "svr2"), TimeSpan.FromSeconds(5), "an answer from svr2's nginx");
        ctx.Check(loop.Samples.Where(s => s.StartTs >= start).All(s => s.Ok), "every request answered before the failover");

        ctx.Step("svr1: systemctl stop nginx → check_nginx.sh stops keepalived on svr1 → VIP to svr2, traffic continues");
        var t = ctx.Now;
        await ctx.SystemctlAsync("svr1", "stop nginx");
        await ctx.MeasureFailoverAsync("svr1: systemctl stop nginx", t, Vip, "svr2", loop, null,
            boundSeconds: 2 + 0.22 + 4, detection: "check_nginx interval 2 s, then systemctl stop keepalived",
            keepalivedTimer: KeepalivedTimers.SkewFormula(200));
        await ctx.WaitUntilAsync(async () => !await ctx["svr1"].IsActiveAsync("keepalived"), TimeSpan.FromSeconds(3), "svr1: keepalived stopped by check_nginx.sh");
        ctx.Check(!ctx.Vips.Holds("svr1", Vip), "svr1: VIP gone (ip addr)");
        // haproxy on svr2 still has svr1:80 in rotation until its check fails 3 times (inter 2 s): requests that land
        // there fail (retries 3, no redispatch); after that every answer comes from svr2's nginx.
        await loop.WaitForAsync(t, s => From(s, "svr2"), TimeSpan.FromSeconds(10), "answers through the VIP on svr2");
        await Task.Delay(TimeSpan.FromSeconds(7), ctx.Cancellation);
        var after = loop.Samples.Where(s => s.StartTs > ctx.Now - (long)(2 * ctx.Time.TimestampFrequency)).ToList();
        ctx.Check(after.Count > 0 && after.All(s => From(s, "svr2")), "after haproxy marks server1 DOWN (fall 3 × inter 2 s) every request is answered by svr2's nginx");
        var failedTotal = loop.Samples.Count(s => s.StartTs >= t && !s.Ok);
        ctx.Note($"requests failed from the stop until haproxy's checks took svr1 out: {failedTotal} of {loop.Samples.Count(s => s.StartTs >= t)} (server1 stays in rotation for up to fall × inter = 6 s)");

        ctx.Step("svr1: systemctl start nginx; systemctl start keepalived → svr1 takes the VIP back (nopreempt is cleared on state MASTER; 201 > 200)");
        await ctx.SystemctlAsync("svr1", "start nginx");
        t = ctx.Now;
        await ctx.SystemctlAsync("svr1", "start keepalived");
        await ctx.MeasureFailoverAsync("svr1: systemctl start keepalived (failback)", t, Vip, "svr1", loop, null,
            boundSeconds: 9, detection: "check_nginx interval 2 s (151 → 201)", keepalivedTimer: KeepalivedTimers.MasterDownFormula(201));
        await ctx.WaitVipAsync(Vip, "svr1", TimeSpan.FromSeconds(3));
        ctx.Check(ctx["svr1"].ReadFile("/var/log/keepalived.log").Contains("nopreempt will not work with initial state MASTER", StringComparison.Ordinal),
            "svr1 log: (VI_1) Warning - nopreempt will not work with initial state MASTER - clearing");
    }
}
