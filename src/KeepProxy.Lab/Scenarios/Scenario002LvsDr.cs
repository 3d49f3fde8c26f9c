using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Timing;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>
/// Article 002 (b), LVS-DR: directors proxy1 (.5, MASTER 100) / proxy2 (.6, BACKUP 50) with virtual_server
/// 192.168.4.15:80 rr DR over web1 (.100) and web2 (.200), which hold the VIP on lo:0 with arp_ignore/arp_announce.
/// This kernel has no ip_vs module: the VRRP part and the director's failover are tested, the real-server
/// health checks are asserted from keepalived's checker log, and traffic through IPVS is NOT tested.
/// </summary>
public sealed class Scenario002LvsDr : IScenario
{
    public const string Vip = "192.168.4.15";

    public string Id => "002-lvs-dr";

    public string Title => "article 002 (b): LVS-DR directors, VIP 192.168.4.15; VRRP failover (IPVS and real_server checks only where the kernel has ip_vs)";

    public InteractiveView View => new("client", $"http://{Vip}/", [Vip]);

    public static bool KernelHasIpvs => File.Exists("/proc/net/ip_vs") || Directory.Exists("/sys/module/ip_vs");

    public ScenarioSpec Build(LabPaths paths)
    {
        var dir = paths.Seed("002-keepalived-lvs-haproxy", "b-lvs-dr");
        HostSpec Director(string name, string addr) => new(name, [Link("eth0", "lan", addr + "/24")],
            [HostFile.From("/etc/keepalived/keepalived.conf", Path.Combine(dir, name, "keepalived.conf"))], [], RunsKeepalived: true);
        HostSpec Real(string name, string addr)
        {
            var sysctl = File.ReadAllLines(Path.Combine(dir, name, "sysctl.conf")).Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#')).ToList();
            return new HostSpec(name, [Link("eth0", "lan", addr + "/24")],
            [
                HostFile.From("/var/www/html/index.html", Path.Combine(dir, name, "index.html")),
                HostFile.From("/etc/sysconfig/network-scripts/ifcfg-lo:0", Path.Combine(dir, name, "ifcfg-lo:0")),
                Nginx(new NginxServer("80", "/var/www/html")),
            ],
            [
                // What `systemctl restart network` makes of ifcfg-lo:0, and the article's sysctl lines (sysctl -p).
                $"ip addr add {Vip}/32 dev lo label lo:0",
                .. sysctl.Select(l => "sysctl -qw " + l.Replace(" ", "", StringComparison.Ordinal)),
            ]);
        }
        return new ScenarioSpec(Id, Title,
            [Director("proxy1", "192.168.4.5"), Director("proxy2", "192.168.4.6"), Real("web1", "192.168.4.100"), Real("web2", "192.168.4.200"),
             Client("client", Link("eth0", "lan", "192.168.4.10/24"))],
            [Vip]);
    }

    public async Task SetupAsync(ScenarioContext ctx)
    {
        ctx.Step("web1, web2: lo:0 = 192.168.4.15/32, arp_ignore/arp_announce, systemctl start httpd");
        await ctx.StartAllAsync("httpd", "web1", "web2");
        if (!KernelHasIpvs)
        {
            ctx.Step("proxy1: systemctl start keepalived with the article's config as is");
            await ctx.SystemctlAsync("proxy1", "start keepalived", mustSucceed: false);
            await ctx.WaitUntilAsync(async () => !await ctx["proxy1"].IsActiveAsync("keepalived"), TimeSpan.FromSeconds(8),
                "without ip_vs keepalived cannot run the article's config: the checker logs \"IPVS: Can't initialize ipvs\", exits FATAL and keepalived terminates");
            ctx.Check(CheckerLog(ctx).Contains("IPVS: Can't initialize ipvs", StringComparison.Ordinal), "proxy1 log: IPVS: Can't initialize ipvs");
            ctx.Note("this kernel has no ip_vs module: virtual_server/real_server (ipvsadm -Ln, TCP_CHECK of the real servers, traffic through IPVS) are NOT tested here; the directors run the VRRP subsystem only (DAEMON_ARGS=--vrrp in /etc/default/keepalived, as the Debian unit reads it)");
            foreach (var d in new[] { "proxy1", "proxy2" })
                await ctx[d].WriteFileAsync("/etc/default/keepalived", "# KeepProxy lab: no ip_vs in this kernel, run the VRRP subsystem only\nDAEMON_ARGS=\"--vrrp\"\n");
        }
        ctx.Step("proxy1, proxy2: systemctl start keepalived");
        await ctx.StartAllAsync("keepalived", "proxy1", "proxy2");
        await ctx.WaitUntilAsync(() => Task.FromResult(ctx.Vips.Holders(Vip).Contains("proxy1") && !ctx.Vips.Holders(Vip).Contains("proxy2")),
            TimeSpan.FromSeconds(10), "192.168.4.15 on proxy1, not on proxy2 (the real servers hold it on lo:0)");
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        if (KernelHasIpvs)
        {
            ctx.Step("real-server health checks (TCP_CHECK connect_timeout 3 on :80): both pass; stopping httpd on web2 fails its check");
            await ctx.WaitUntilAsync(() => Task.FromResult(CheckerLog(ctx).Contains("TCP connection to [192.168.4.200]:tcp:80 success", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(12), "proxy1 checker: TCP connection to web2:80 success");
            await ctx.SystemctlAsync("web2", "stop httpd");
            await ctx.WaitUntilAsync(() => Task.FromResult(CheckerLog(ctx).Contains("TCP_CHECK on service [192.168.4.200]:tcp:80 failed", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(20), "proxy1 checker: TCP_CHECK on service [192.168.4.200]:tcp:80 failed");
            await ctx.SystemctlAsync("web2", "start httpd");
        }

        ctx.Step("proxy1: systemctl stop keepalived → the VIP (and the LVS service) move to proxy2");
        // Where IPVS cannot forward, the VIP "answers" when its director resets a connection to :80.
        var loop = ctx.StartLoop("client", $"http://{Vip}/", TimeSpan.FromMilliseconds(200), 200);
        var t = ctx.Now;
        await ctx.SystemctlAsync("proxy1", "stop keepalived");
        await ctx.MeasureFailoverAsync("proxy1: systemctl stop keepalived", t, Vip, "proxy2", null, null,
            boundSeconds: 3, detection: "immediate (priority 0 advert)", keepalivedTimer: KeepalivedTimers.SkewFormula(50));
        await ctx.WaitUntilAsync(() => Task.FromResult(ctx.Vips.Holders(Vip).Contains("proxy2") && !ctx.Vips.Holders(Vip).Contains("proxy1")),
            TimeSpan.FromSeconds(5), "192.168.4.15 on proxy2, gone from proxy1", TimeSpan.FromMilliseconds(50));
        await loop.WaitForAsync(ctx.Now, s => s.RefusedWithin(ctx.Time, 0.5) || s.Ok, TimeSpan.FromSeconds(5), "the VIP reachable at proxy2 (connection refused: no IPVS to forward)");
    }

    private static string CheckerLog(ScenarioContext ctx) => ctx["proxy1"].ReadFile("/var/log/keepalived.log");
}
