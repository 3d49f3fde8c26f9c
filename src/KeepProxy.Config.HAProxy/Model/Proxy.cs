namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// A <c>defaults</c>, <c>frontend</c>, <c>backend</c> or <c>listen</c> section after defaults inheritance (values a
/// proxy did not set come from the defaults section it follows or names with <c>from</c>, as haproxy copies them).
/// <see cref="Directives"/> keeps every line of the section, modelled or not, in order.
/// </summary>
public sealed record Proxy(
    SourcePosition Position,
    ProxyKind Kind,
    string Name,
    string? From,
    ProxyMode Mode,
    IReadOnlyList<LogTarget> Logs,
    IReadOnlyDictionary<string, ProxyOption> Options,
    int? Retries,
    Timeouts Timeouts,
    IReadOnlyList<ErrorFile> ErrorFiles,
    int? MaxConn,
    IReadOnlyList<Bind> Binds,
    string? DefaultBackend,
    IReadOnlyList<BackendRule> UseBackends,
    IReadOnlyList<Acl> Acls,
    string? Balance,
    IReadOnlyList<string> BalanceArgs,
    IReadOnlyList<Server> Servers,
    IReadOnlyList<ServerOption> DefaultServer,
    CookieSettings? Cookie,
    IReadOnlyList<HttpCheckRule> HttpChecks,
    StatsSettings? Stats,
    bool Disabled,
    string? Description,
    IReadOnlyList<Directive> Directives)
{
    public bool HasFrontend => Kind is ProxyKind.Frontend or ProxyKind.Listen;

    public bool HasBackend => Kind is ProxyKind.Backend or ProxyKind.Listen;

    /// <summary>True when <c>option NAME</c> is set (and not negated) here or inherited.</summary>
    public bool HasOption(string name) => Options.TryGetValue(name, out var o) && o.Enabled;
}
