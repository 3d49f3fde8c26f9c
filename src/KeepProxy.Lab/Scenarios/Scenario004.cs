using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Timing;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>
/// Article 004: hot standby for haproxy. Both nodes BACKUP + nopreempt (node1 prio 80, node2 30), check_haproxy
/// (interval 5, fall 3, rise 1), sync group VG1 with notify_master/backup/fault scripts, AH auth, VIP 30.3.3.61/16.
/// The article gives no haproxy.cfg: each node runs a minimal one (:80 → its local nginx on :8080, page names the
/// node). Node addresses are not in the article: 30.3.3.1 / 30.3.3.2.
/// </summary>
public sealed class Scenario004 : IScenario
{
    public const string Vip = "30.3.3.61";

    public string Id => "004";

    public string Title => "article 004: all-BACKUP + nopreempt pair, check_haproxy fall 3 → FAULT, sync group notify scripts, VIP 30.3.3.61";

    public InteractiveView View => new("client", $"http://{Vip}/", [Vip]);

    public static string LabHaproxyCfg(string node) => $"""
        # Lab-made (article 004 has no haproxy.cfg): the haproxy that check_haproxy watches, in front of {node}'s nginx.
        global
            daemon
            maxconn 256
        defaults
            mode http
            timeout connect 2s
            timeout client 10s
            timeout server 10s
        frontend fe
            bind *:80
            default_backend be
        backend be
            server local 127.0.0.1:8080 check

        """;

    internal static ScenarioSpec Build(LabPaths paths, string id, string title, string variant)
    {
        var seeds = paths.Seed("004-keepalived-haproxy-hot-standby");
        HostSpec Node(string name, string addr)
        {
            var dir = Path.Combine(seeds, variant, name);
            var files = new List<HostFile>
            {
                HostFile.From("/etc/keepalived/keepalived.conf", Path.Combine(dir, "keepalived.conf")),
                new("/etc/haproxy/haproxy.cfg", LabHaproxyCfg(name)),
                Nginx(new NginxServer("127.0.0.1:8080", "/var/www/html")),
                Page("/var/www/html/index.html", $"{name} {addr}"),
            };
            // The notify scripts live in the main node folders; the weight variant uses them too.
            foreach (var f in Directory.GetFiles(Path.Combine(seeds, name, "bin")))
                files.Add(HostFile.From("/etc/keepalived/bin/" + Path.GetFileName(f), f, executable: true));
            if (File.Exists(Path.Combine(dir, "check.sh")))
                files.Add(HostFile.From("/etc/check.sh", Path.Combine(dir, "check.sh"), executable: true));
            return new HostSpec(name, [Link("eth0", "lan", addr + "/16")], files, [], RunsKeepalived: true);
        }
        return new ScenarioSpec(id, title,
            [Node("node1", "30.3.3.1"), Node("node2", "30.3.3.2"), Client("client", Link("eth0", "lan", "30.3.3.100/16"))],
            [Vip]);
    }

    public ScenarioSpec Build(LabPaths paths) => Build(paths, Id, Title, "");

    internal static string Notify(ScenarioContext ctx, string host) => ctx[host].ReadFile("/var/log/keepalived-notify.log");

    internal static async Task StartAsync(ScenarioContext ctx)
    {
        ctx.Step("both: nginx (local :8080), haproxy, then keepalived (node1 first)");
        await ctx.StartAllAsync("nginx", "node1", "node2");
        await ctx.StartAllAsync("haproxy", "node1", "node2");
        await ctx.SystemctlAsync("node1", "start keepalived");
        await ctx.SystemctlAsync("node2", "start keepalived");
    }

    public async Task SetupAsync(ScenarioContext ctx)
    {
        await StartAsync(ctx);
        ctx.Step("the higher-priority node1 becomes MASTER and holds the VIP; node2 stays BACKUP");
        await ctx.WaitVipAsync(Vip, "node1", TimeSpan.FromSeconds(15));
        await ctx.WaitUntilAsync(() => Task.FromResult(Notify(ctx, "node1").Contains("notify_master node1", StringComparison.Ordinal)), TimeSpan.FromSeconds(3),
            "node1: notify_master.sh ran (/var/log/keepalived-notify.log)");
        await ctx.WaitUntilAsync(() => Task.FromResult(Notify(ctx, "node2").Contains("notify_backup node2", StringComparison.Ordinal)), TimeSpan.FromSeconds(3),
            "node2: notify_backup.sh ran");
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        var loop = ctx.StartLoop("client", $"http://{Vip}/", TimeSpan.FromMilliseconds(250), 400);
        await loop.WaitForAsync(ctx.Now, s => s.LastLine.StartsWith("node1", StringComparison.Ordinal), TimeSpan.FromSeconds(5), "node1 answers");
        ctx.Check(Notify(ctx, "node1").Contains("notify_master node1 args: \n", StringComparison.Ordinal) || Notify(ctx, "node1").TrimEnd().EndsWith("notify_master node1 args:", StringComparison.Ordinal),
            "sync-group notify_master gets no arguments (keepalived runs the group's script as written)");

        ctx.Step("node1: systemctl stop haproxy → check_haproxy fails 3 times (interval 5 s) → VI_1 FAULT (notify_fault), node2 MASTER (notify_master)");
        var t = ctx.Now;
        await ctx.SystemctlAsync("node1", "stop haproxy");
        await ctx.MeasureFailoverAsync("node1: systemctl stop haproxy", t, Vip, "node2", loop, s => s.LastLine.StartsWith("node2", StringComparison.Ordinal),
            boundSeconds: 15 + KeepalivedTimers.SkewSeconds(30) + 3, detection: "check_haproxy fall 3 × interval 5 s",
            keepalivedTimer: KeepalivedTimers.SkewFormula(30));
        await ctx.WaitUntilAsync(() => Task.FromResult(Notify(ctx, "node1").Contains("notify_fault node1", StringComparison.Ordinal)), TimeSpan.FromSeconds(3), "node1: notify_fault.sh ran");
        await ctx.WaitUntilAsync(() => Task.FromResult(Notify(ctx, "node2").Contains("notify_master node2", StringComparison.Ordinal)), TimeSpan.FromSeconds(3), "node2: notify_master.sh ran");
        ctx.Check(ctx["node1"].ReadFile("/var/log/keepalived.log").Contains("Entering FAULT STATE", StringComparison.Ordinal), "node1 log: (VI_1) Entering FAULT STATE");

        ctx.Step("node1: systemctl start haproxy → check recovers (rise 1): node1 BACKUP (notify_backup), the VIP stays on node2 (nopreempt, no failback)");
        await ctx.SystemctlAsync("node1", "start haproxy");
        await ctx.WaitUntilAsync(() => Task.FromResult(Notify(ctx, "node1").Contains("notify_backup node1", StringComparison.Ordinal)), TimeSpan.FromSeconds(8), "node1: notify_backup.sh ran");
        await ctx.HoldsForAsync(Vip, "node2", TimeSpan.FromSeconds(4), "nopreempt on all-BACKUP nodes: the recovered node1 (80) does not take it back from node2 (30)");
    }
}
