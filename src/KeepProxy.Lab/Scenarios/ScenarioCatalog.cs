namespace KeepProxy.Lab.Scenarios;

/// <summary>Every scenario of the five articles, in suite order.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<IScenario> All { get; } =
    [
        new Scenario000(),
        new Scenario001Plain(),
        new Scenario001NginxCheck(),
        new Scenario002WebHa(),
        new Scenario002LvsDr(),
        new Scenario002HAProxy(),
        new Scenario003(),
        new Scenario003Vi2(),
        new Scenario003Advanced(),
        new Scenario004(),
        new Scenario004Weight(),
        new Scenario004Static(),
    ];

    /// <summary>An exact id ("002-web-ha") or an article number ("002" → its first scenario).</summary>
    public static IScenario? Find(string idOrPrefix) =>
        All.FirstOrDefault(s => s.Id.Equals(idOrPrefix, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(s => s.Id.StartsWith(idOrPrefix + "-", StringComparison.OrdinalIgnoreCase));
}
