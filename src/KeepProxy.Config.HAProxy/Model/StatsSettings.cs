namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// A proxy's <c>stats</c> keywords: <c>stats enable</c>, <c>uri</c>, <c>realm</c>, <c>auth user:pass</c>,
/// <c>refresh</c>, <c>admin</c>, <c>hide-version</c>, <c>scope</c>, <c>show-*</c>, <c>http-request</c>.
/// In haproxy any of uri/realm/auth/refresh/admin/scope implies <c>stats enable</c>.
/// </summary>
public sealed record StatsSettings(
    SourcePosition Position,
    bool Enabled,
    string? Uri,
    string? Realm,
    IReadOnlyList<StatsUser> Auth,
    int? RefreshMs,
    bool HideVersion,
    IReadOnlyList<Directive> Other)
{
    /// <summary>haproxy's default stats URI when stats are enabled without <c>stats uri</c>.</summary>
    public const string DefaultUri = "/haproxy?stats";

    public string EffectiveUri => Uri ?? DefaultUri;
}
