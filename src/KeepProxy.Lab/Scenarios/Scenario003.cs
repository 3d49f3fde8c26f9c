using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Observation;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Timing;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>
/// Article 003: master (LVS_MASTER 101) / backup (LVS_BACKUP 100) with chk_haproxy (<c>killall -0 haproxy</c>,
/// interval 2, weight 2), VIP 192.168.1.100/24, the common haproxy.cfg (round robin over web1-3, stats at
/// /haproxy?stats and :8080/stats admin:password). Stopping haproxy on the master: 101 &lt; 102 → the VIP moves.
/// The node addresses are not in the article: .11 and .12 here.
/// </summary>
public sealed class Scenario003 : IScenario
{
    public const string Vip = "192.168.1.100";

    public string Id => "003";

    public string Title => "article 003: keepalived + haproxy, chk_haproxy (killall -0 haproxy) weight 2, VIP 192.168.1.100, stats pages";

    public InteractiveView View => new("client", $"http://{Vip}/", [Vip]);

    public ScenarioSpec Build(LabPaths paths) => Build(paths, Id, Title, "");

    internal static ScenarioSpec Build(LabPaths paths, string id, string title, string variant, params string[] extraVips)
    {
        var seeds = paths.Seed("003-keepalived-haproxy");
        HostSpec Node(string name, string addr) => new(name, [Link("eth0", "lan", addr + "/24")],
        [
            HostFile.From("/etc/keepalived/keepalived.conf", Path.Combine(seeds, variant, name, "keepalived.conf")),
            HostFile.From("/etc/haproxy/haproxy.cfg", Path.Combine(seeds, name, "haproxy.cfg")),
            HostFile.From("/etc/sysctl.d/99-lab-article.conf", Path.Combine(seeds, name, "sysctl.conf")),
        ], ["sysctl -q -p /etc/sysctl.d/99-lab-article.conf"], RunsKeepalived: true);
        return new ScenarioSpec(id, title,
        [
            Node("master", "192.168.1.11"), Node("backup", "192.168.1.12"),
            Web("web1", Link("eth0", "lan", "192.168.1.101/24"), "web1 192.168.1.101"),
            Web("web2", Link("eth0", "lan", "192.168.1.102/24"), "web2 192.168.1.102"),
            Web("web3", Link("eth0", "lan", "192.168.1.103/24"), "web3 192.168.1.103"),
            Client("client", Link("eth0", "lan", "192.168.1.50/24")),
        ], [Vip, .. extraVips]);
    }

    internal static async Task StartAsync(ScenarioContext ctx)
    {
        ctx.Step("web1-3: systemctl start nginx; both nodes: systemctl start haproxy; systemctl start keepalived; systemctl enable haproxy keepalived");
        await ctx.StartAllAsync("nginx", "web1", "web2", "web3");
        await ctx.StartAllAsync("haproxy", "master", "backup");
        await ctx.StartAllAsync("keepalived", "master", "backup");
        await ctx.SystemctlAsync("master", "enable haproxy keepalived");
        await ctx.SystemctlAsync("backup", "enable haproxy keepalived");
        await ctx.WaitVipAsync(Vip, "master", TimeSpan.FromSeconds(12));
    }

    public Task SetupAsync(ScenarioContext ctx) => StartAsync(ctx);

    internal static bool FromWeb(ClientSample s) => s.Ok && s.LastLine.StartsWith("web", StringComparison.Ordinal);

    /// <summary>Stops haproxy on the master and measures the VIP's move; returns the client loop (still running).</summary>
    internal static async Task<ClientLoop> HaproxyFailoverAsync(ScenarioContext ctx)
    {
        var loop = ctx.StartLoop("client", $"http://{Vip}/", TimeSpan.FromMilliseconds(200), 300);
        await loop.WaitForAsync(ctx.Now, FromWeb, TimeSpan.FromSeconds(5), "an answer through the master's haproxy");
        ctx.Step("master: systemctl stop haproxy → chk_haproxy fails, effective priority 103 → 101 < backup's 102 → VIP to backup");
        var t = ctx.Now;
        await ctx.SystemctlAsync("master", "stop haproxy");
        await ctx.MeasureFailoverAsync("master: systemctl stop haproxy", t, Vip, "backup", loop, FromWeb,
            boundSeconds: 2 + KeepalivedTimers.MasterDownSeconds(102) + 2.5, detection: "chk_haproxy interval 2 s (weight 2 lost)",
            keepalivedTimer: KeepalivedTimers.MasterDownFormula(102));
        ctx.Check(ctx["master"].ReadFile("/var/log/keepalived.log").Contains("Changing effective priority from 103 to 101", StringComparison.Ordinal),
            "master log: Changing effective priority from 103 to 101");
        return loop;
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        ctx.Step("client: for i in {1..10}; do curl http://192.168.1.100; done → requests rotate over web1, web2, web3");
        var pages = new List<string>();
        for (var i = 0; i < 10; i++) pages.Add((await ctx.CurlAsync("client", $"http://{Vip}/")).LastLine);
        ctx.Check(pages.Count(p => p.StartsWith("web", StringComparison.Ordinal)) == 10 && pages.Distinct().Count() == 3, $"10 answers over 3 back ends ({string.Join(", ", pages.Select(p => p.Split(' ')[0]))})");

        ctx.Step("stats: http://VIP/haproxy?stats (frontend stats uri) and http://VIP:8080/stats (admin:password)");
        var s1 = await ctx.CurlAsync("client", $"http://{Vip}/haproxy?stats");
        ctx.Check(s1.HttpStatus == 200 && s1.Body.Contains("http_back", StringComparison.Ordinal), "/haproxy?stats → 200, the stats page (no auth configured there)");
        var s2 = await ctx.CurlAsync("client", $"http://{Vip}:8080/stats");
        ctx.Check(s2.HttpStatus == 401, $":8080/stats without credentials → 401 (got {s2.HttpStatus})");
        var s3 = await ctx.CurlAsync("client", $"http://{Vip}:8080/stats", "-u admin:password");
        ctx.Check(s3.HttpStatus == 200 && s3.Body.Contains("web3", StringComparison.Ordinal), ":8080/stats with admin:password → 200, lists web1-3");

        var loop = await HaproxyFailoverAsync(ctx);

        ctx.Step("master: systemctl start haproxy → 103 > 102, preemption → VIP back on master");
        var t = ctx.Now;
        await ctx.SystemctlAsync("master", "start haproxy");
        await ctx.MeasureFailoverAsync("master: systemctl start haproxy (failback)", t, Vip, "master", loop, FromWeb,
            boundSeconds: 2 + KeepalivedTimers.MasterDownSeconds(103) + 2.5, detection: "chk_haproxy interval 2 s (weight 2 back)",
            keepalivedTimer: KeepalivedTimers.MasterDownFormula(103));
        await ctx.WaitVipAsync(Vip, "master", TimeSpan.FromSeconds(3));
    }
}
