using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Timing;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>Article 002 (a): web1 (.100, MASTER 100) / web2 (.200, BACKUP 50), VIP 192.168.4.80, httpd pages naming
/// the server; the client is the host "proxy" (.5). web1's interface goes down → web2 serves.</summary>
public sealed class Scenario002WebHa : IScenario
{
    public const string Vip = "192.168.4.80";

    public string Id => "002-web-ha";

    public string Title => "article 002 (a): keepalived web HA pair, VIP 192.168.4.80; web1's NIC down → web2 serves";

    public InteractiveView View => new("proxy", $"http://{Vip}/", [Vip]);

    public ScenarioSpec Build(LabPaths paths)
    {
        HostSpec Web(string name, string addr)
        {
            var dir = paths.Seed("002-keepalived-lvs-haproxy", "a-web-ha", name);
            return new HostSpec(name, [Link("eth0", "lan", addr + "/24")],
            [
                HostFile.From("/etc/keepalived/keepalived.conf", Path.Combine(dir, "keepalived.conf")),
                HostFile.From("/var/www/html/index.html", Path.Combine(dir, "index.html")),
                Nginx(new NginxServer("80", "/var/www/html")),
            ], [], RunsKeepalived: true);
        }
        return new ScenarioSpec(Id, Title,
            [Web("web1", "192.168.4.100"), Web("web2", "192.168.4.200"), Client("proxy", Link("eth0", "lan", "192.168.4.5/24"))],
            [Vip]);
    }

    public async Task SetupAsync(ScenarioContext ctx)
    {
        ctx.Step("web1, web2: systemctl start httpd; systemctl start keepalived (iptables -F / setenforce 0 do not apply: no firewall or SELinux in the lab)");
        await ctx.StartAllAsync("httpd", "web1", "web2");
        await ctx.StartAllAsync("keepalived", "web1", "web2");
        await ctx.WaitVipAsync(Vip, "web1", TimeSpan.FromSeconds(10));
        ctx.Check(ctx["web1"].ReadFile("/var/log/keepalived.log").Contains("unknown authentication type 'pass'", StringComparison.Ordinal),
            "web1 log: keepalived 2.2.7 rejects the article's 'auth_type pass' and carries on without authentication");
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        ctx.Step("proxy: curl http://192.168.4.80 → 192.168.4.100");
        ctx.Check((await ctx.CurlAsync("proxy", $"http://{Vip}/")).LastLine == "192.168.4.100", "the VIP answers with web1's page 192.168.4.100");
        var loop = ctx.StartLoop("proxy", $"http://{Vip}/", TimeSpan.FromMilliseconds(200), 300);
        await loop.WaitForAsync(ctx.Now, s => s.LastLine == "192.168.4.100", TimeSpan.FromSeconds(5), "web1's page");

        ctx.Step("web1: the network card goes down (ip link set eth0 down) → web2 takes over, curl → 192.168.4.200");
        var t = ctx.Now;
        await ctx.ShAsync("web1", "ip link set eth0 down");
        await ctx.MeasureFailoverAsync("web1: ip link set eth0 down", t, Vip, "web2", loop, s => s.LastLine == "192.168.4.200",
            boundSeconds: KeepalivedTimers.MasterDownSeconds(50) + 3.5, detection: "adverts stop (no priority 0)",
            keepalivedTimer: KeepalivedTimers.MasterDownFormula(50));

        ctx.Step("web1: ip link set eth0 up → web1 (priority 100, preempt) takes the VIP back");
        t = ctx.Now;
        await ctx.ShAsync("web1", "ip link set eth0 up");
        await ctx.MeasureFailoverAsync("web1: ip link set eth0 up (failback)", t, Vip, "web1", loop, s => s.LastLine == "192.168.4.100",
            boundSeconds: 8, detection: "link up, then preemption", keepalivedTimer: KeepalivedTimers.MasterDownFormula(100));
        await ctx.WaitVipAsync(Vip, "web1", TimeSpan.FromSeconds(3));
    }
}
