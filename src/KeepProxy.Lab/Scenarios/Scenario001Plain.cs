using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Timing;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>Article 001, plain pair: master .53 (prio 100) / backup .146 (prio 99), VIP 192.168.8.88, nginx pages 主节点/备节点.</summary>
public sealed class Scenario001Plain : IScenario
{
    public const string Vip = "192.168.8.88";

    public string Id => "001-plain";

    public string Title => "article 001: keepalived master/backup pair (no script), VIP 192.168.8.88 in front of nginx";

    public InteractiveView View => new("client", $"http://{Vip}/", [Vip]);


    public ScenarioSpec Build(LabPaths paths) => Build(paths, "plain");

    internal static ScenarioSpec Build(LabPaths paths, string variant)
    {
        HostSpec Node(string name, string addr)
        {
            var dir = paths.Seed("001-keepalived-nginx", variant, name);
            var files = new List<HostFile>
            {
                HostFile.From("/etc/keepalived/keepalived.conf", Path.Combine(dir, "keepalived.conf")),
                HostFile.From("/usr/share/nginx/html/index.html", Path.Combine(dir, "index.html")),
                Nginx(new NginxServer("80", "/usr/share/nginx/html")),
            };
            if (File.Exists(Path.Combine(dir, "nginx_check.sh")))
                files.Add(HostFile.From("/etc/keepalived/nginx_check.sh", Path.Combine(dir, "nginx_check.sh"), executable: true));
            return new HostSpec(name, [Link("ens33", "lan", addr + "/24")], files, [], RunsKeepalived: true);
        }
        return new ScenarioSpec($"001-{variant}", $"article 001 ({variant})",
            [Node("master", "192.168.8.53"), Node("backup", "192.168.8.146"), Client("client", Link("ens33", "lan", "192.168.8.10/24"))],
            [Vip]);
    }

    internal static bool IsMaster(Observation.ClientSample s) => s.Body.Contains("<h1>主节点</h1>", StringComparison.Ordinal);

    internal static bool IsBackup(Observation.ClientSample s) => s.Body.Contains("<h1>备节点</h1>", StringComparison.Ordinal);

    public async Task SetupAsync(ScenarioContext ctx)
    {
        ctx.Step("nginx on both nodes (systemctl enable nginx; systemctl start nginx)");
        await ctx.StartAllAsync("nginx", "master", "backup");
        ctx.Step("keepalived on master then backup (systemctl enable keepalived; systemctl start keepalived)");
        await ctx.SystemctlAsync("master", "enable keepalived");
        await ctx.SystemctlAsync("master", "start keepalived");
        await ctx.SystemctlAsync("backup", "enable keepalived");
        await ctx.SystemctlAsync("backup", "start keepalived");
        ctx.Check((await ctx.SystemctlAsync("master", "status keepalived")).StdOut.Contains("active (running)", StringComparison.Ordinal), "systemctl status keepalived → active (running)");
        await ctx.WaitVipAsync(Vip, "master", TimeSpan.FromSeconds(10));
    }

    public Task VerifyAsync(ScenarioContext ctx) => VerifyPlainAsync(ctx);

    private static async Task VerifyPlainAsync(ScenarioContext ctx)
    {
        ctx.Step("browse http://192.168.8.88 → 主节点");
        ctx.Check(IsMaster(await ctx.CurlAsync("client", $"http://{Vip}/")), "the VIP serves the master's page 主节点");

        var loop = ctx.StartLoop("client", $"http://{Vip}/", TimeSpan.FromMilliseconds(200), 400);
        await loop.WaitForAsync(ctx.Now, IsMaster, TimeSpan.FromSeconds(5), "master page");

        ctx.Step("master: systemctl stop keepalived → VIP to backup, page 备节点");
        var t = ctx.Now;
        await ctx.SystemctlAsync("master", "stop keepalived");
        await ctx.MeasureFailoverAsync("master: systemctl stop keepalived", t, Vip, "backup", loop, IsBackup,
            boundSeconds: 4, detection: "immediate (priority 0 advert)", keepalivedTimer: KeepalivedTimers.SkewFormula(99));
        ctx.Check(!ctx.Vips.Holds("master", Vip), "VIP gone from master");

        ctx.Step("master: systemctl start keepalived → VIP moves back (state MASTER, priority 100 > 99, preemption on)");
        t = ctx.Now;
        await ctx.SystemctlAsync("master", "start keepalived");
        await ctx.MeasureFailoverAsync("master: systemctl start keepalived (failback)", t, Vip, "master", loop, IsMaster,
            boundSeconds: 6, detection: "preemption by the higher priority", keepalivedTimer: "MASTER at start, backup yields on the higher-priority advert");
        await ctx.WaitVipAsync(Vip, "master", TimeSpan.FromSeconds(5));

        ctx.Step("without a check script, stopping nginx on the master leaves the VIP there unanswered (the article's motivation for nginx_check)");
        await ctx.SystemctlAsync("master", "stop nginx");
        await ctx.HoldsForAsync(Vip, "master", TimeSpan.FromSeconds(4), "keepalived does not watch nginx");
        var r = await ctx.CurlAsync("client", $"http://{Vip}/");
        ctx.Check(!r.Ok, $"http://{Vip} fails while nginx is down on the master (curl exit {r.ExitCode})");
        await ctx.SystemctlAsync("master", "start nginx");
    }
}
