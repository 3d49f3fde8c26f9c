using KeepProxy.Lab.Specs;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>Article 004's static_ipaddress / static_routes: keepalived configures them at start, whatever the VRRP state.</summary>
public sealed class Scenario004Static : IScenario
{
    public string Id => "004-static";

    public string Title => "article 004: static_ipaddress 10.210.214.163/24 brd 10.210.214.255 dev eth0 and static_routes 10.0.0.0/8 via 10.210.214.1";

    public InteractiveView View => new("node", "http://10.210.214.163/", []);

    public ScenarioSpec Build(LabPaths paths) => new(Id, Title,
    [
        new HostSpec("node", [Link("eth0", "lan", "192.0.2.10/24")],
            [HostFile.From("/etc/keepalived/keepalived.conf", paths.Seed("004-keepalived-haproxy-hot-standby", "static", "keepalived.conf"))], [], RunsKeepalived: true),
    ], ["10.210.214.163"]);

    public async Task SetupAsync(ScenarioContext ctx)
    {
        ctx.Step("node: systemctl start keepalived");
        await ctx.SystemctlAsync("node", "start keepalived");
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        await ctx.WaitVipAsync("10.210.214.163", "node", TimeSpan.FromSeconds(5));
        var addr = await ctx.ShAsync("node", "ip -o -4 addr show dev eth0");
        ctx.Check(addr.StdOut.Contains("inet 10.210.214.163/24 brd 10.210.214.255", StringComparison.Ordinal), "ip addr: inet 10.210.214.163/24 brd 10.210.214.255 on eth0");
        await ctx.WaitUntilAsync(async () => (await ctx["node"].ExecAsync("ip -4 route show")).StdOut.Contains("10.0.0.0/8 via 10.210.214.1 dev eth0", StringComparison.Ordinal),
            TimeSpan.FromSeconds(3), "ip route: 10.0.0.0/8 via 10.210.214.1 dev eth0");
    }
}
