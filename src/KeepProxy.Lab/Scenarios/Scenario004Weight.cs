using System.Text.RegularExpressions;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Timing;

namespace KeepProxy.Lab.Scenarios;

/// <summary>
/// Article 004, weight variant: <c>vrrp_script checkhaproxy</c> (/etc/check.sh, interval 3, weight −20), prio 80 / 70.
/// As written (VI_1 inside sync group VG1) keepalived ignores the weighted script ("ignoring tracked script … with
/// weights due to SYNC group", "script checkhaproxy is not used"): stopping haproxy changes nothing. Without the sync group (a lab-derived config) the weight
/// applies: 80 → 60 — and with nopreempt on node2 the VIP still does not move, contrary to the article's text.
/// </summary>
public sealed partial class Scenario004Weight : IScenario
{
    public string Id => "004-weight";

    public string Title => "article 004 weight −20: inside the sync group the script is dropped (no failover); without it 80 → 60 but nopreempt keeps the VIP";

    public InteractiveView View => new("client", $"http://{Scenario004.Vip}/", [Scenario004.Vip]);

    public ScenarioSpec Build(LabPaths paths) => Scenario004.Build(paths, Id, Title, "weight");

    public async Task SetupAsync(ScenarioContext ctx)
    {
        await Scenario004.StartAsync(ctx);
        await ctx.WaitVipAsync(Scenario004.Vip, "node1", TimeSpan.FromSeconds(15));
    }

    [GeneratedRegex(@"vrrp_sync_group\s+VG1\s*\{.*?\n\}\s*\n", RegexOptions.Singleline)]
    private static partial Regex SyncGroup();

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        const string vip = Scenario004.Vip;
        ctx.Check(ctx["node1"].ReadFile("/var/log/keepalived.log").Contains("ignoring tracked script checkhaproxy with weights due to SYNC group", StringComparison.Ordinal),
            "node1 log: (VI_1) ignoring tracked script checkhaproxy with weights due to SYNC group");
        ctx.Check(ctx["node1"].ReadFile("/var/log/keepalived.log").Contains("Warning - script checkhaproxy is not used", StringComparison.Ordinal),
            "node1 log: Warning - script checkhaproxy is not used (its only user ignores it)");
        ctx.Step("as written: node1 systemctl stop haproxy → nothing happens: the script is not run, the VIP stays on node1 (the article's weight −20 never applies)");
        await ctx.SystemctlAsync("node1", "stop haproxy");
        await ctx.HoldsForAsync(vip, "node1", TimeSpan.FromSeconds(4), "checkhaproxy is dropped inside sync group VG1");
        var r = await ctx.CurlAsync("client", $"http://{vip}/");
        ctx.Check(!r.Ok, $"the VIP is unanswered meanwhile (haproxy down on its holder; curl exit {r.ExitCode}, HTTP {r.HttpStatus})");

        ctx.Step("lab-derived config without vrrp_sync_group VG1: the weight −20 applies");
        await Task.WhenAll(ctx.SystemctlAsync("node1", "stop keepalived"), ctx.SystemctlAsync("node2", "stop keepalived"));
        foreach (var node in new[] { "node1", "node2" })
        {
            var conf = SyncGroup().Replace(File.ReadAllText(ctx.Topology.Options.Paths.Seed("004-keepalived-haproxy-hot-standby", "weight", node, "keepalived.conf")),
                "# vrrp_sync_group VG1 removed by the KeepProxy lab to show the weight -20 demotion\n");
            await ctx[node].WriteFileAsync("/etc/keepalived/keepalived.conf", conf);
        }
        await ctx.SystemctlAsync("node1", "start haproxy");
        var loop = ctx.StartLoop("client", $"http://{vip}/", TimeSpan.FromMilliseconds(250), 400);
        await ctx.SystemctlAsync("node1", "start keepalived");
        await ctx.WaitVipAsync(vip, "node1", TimeSpan.FromSeconds(10));
        await ctx.SystemctlAsync("node2", "start keepalived");
        await Task.Delay(TimeSpan.FromSeconds(1), ctx.Cancellation);
        ctx.Step("node1: systemctl stop haproxy → effective priority 80 → 60 < node2's 70, but node2 has nopreempt: the VIP stays on node1");
        await ctx.SystemctlAsync("node1", "stop haproxy");
        await ctx.WaitUntilAsync(() => Task.FromResult(ctx["node1"].ReadFile("/var/log/keepalived.log").Contains("Changing effective priority from 80 to 60", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(8), "node1 log: Changing effective priority from 80 to 60");
        await ctx.HoldsForAsync(vip, "node1", TimeSpan.FromSeconds(4), "node2 (70) is BACKUP with nopreempt: a lower-priority master is kept");
        ctx.Note($"client requests failed while haproxy was down on the VIP holder: {loop.Samples.Count(s => !s.Ok)} of {loop.Samples.Count} — weight −20 without preemption does not fail over");
    }
}
