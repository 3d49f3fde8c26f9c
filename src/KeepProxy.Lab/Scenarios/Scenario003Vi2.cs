using KeepProxy.Lab.Specs;

namespace KeepProxy.Lab.Scenarios;

/// <summary>Article 003 with the second instance VI_2 (VRID 52, VIP 192.168.1.200/24, no track script): stopping
/// haproxy moves VI_1's VIP but VI_2's stays on the master.</summary>
public sealed class Scenario003Vi2 : IScenario
{
    public const string Vip2 = "192.168.1.200";

    public string Id => "003-vi2";

    public string Title => "article 003 + VI_2 (VIP 192.168.1.200): only the tracked instance moves when haproxy stops";

    public InteractiveView View => new("client", $"http://{Scenario003.Vip}/", [Scenario003.Vip, Vip2]);

    public ScenarioSpec Build(LabPaths paths) => Scenario003.Build(paths, Id, Title, "vi2", Vip2);

    public async Task SetupAsync(ScenarioContext ctx)
    {
        await Scenario003.StartAsync(ctx);
        await ctx.WaitVipAsync(Vip2, "master", TimeSpan.FromSeconds(8));
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        var r = await ctx.CurlAsync("client", $"http://{Vip2}/");
        ctx.Check(Scenario003.FromWeb(r), "haproxy answers on VI_2's VIP 192.168.1.200 too (bind *:80)");
        await Scenario003.HaproxyFailoverAsync(ctx);
        await ctx.HoldsForAsync(Vip2, "master", TimeSpan.FromSeconds(2), "VI_2 tracks no script");
    }
}
