namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// A loaded haproxy configuration: the merged <c>global</c> section, every proxy section in file order (defaults
/// included), userlists and the other sections. Immutable; every node carries its <see cref="SourcePosition"/>.
/// </summary>
public sealed record HAProxyConfig(
    GlobalSection Global,
    IReadOnlyList<Proxy> Proxies,
    IReadOnlyList<Userlist> Userlists,
    IReadOnlyList<Section> OtherSections)
{
    public static HAProxyConfig Empty { get; } = new(GlobalSection.Empty, [], [], []);

    public IEnumerable<Proxy> Defaults => Proxies.Where(p => p.Kind == ProxyKind.Defaults);

    public IEnumerable<Proxy> Frontends => Proxies.Where(p => p.Kind == ProxyKind.Frontend);

    public IEnumerable<Proxy> Backends => Proxies.Where(p => p.Kind == ProxyKind.Backend);

    public IEnumerable<Proxy> Listens => Proxies.Where(p => p.Kind == ProxyKind.Listen);

    /// <summary>A frontend/backend/listen by name (defaults excluded), as haproxy's proxy lookup does.</summary>
    public Proxy? FindProxy(string name) => Proxies.FirstOrDefault(p => p.Kind != ProxyKind.Defaults && p.Name == name);

    public IEnumerable<Section> SectionsOf(string kind) => OtherSections.Where(s => s.Kind == kind);
}
