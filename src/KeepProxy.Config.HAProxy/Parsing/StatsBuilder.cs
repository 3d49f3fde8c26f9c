using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>Mutable <c>stats</c> settings of a proxy while its lines are read.</summary>
internal sealed class StatsBuilder
{
    public SourcePosition Position;
    public bool Enabled;
    public string? Uri;
    public string? Realm;
    public List<StatsUser> Auth = new();
    public int? RefreshMs;
    public bool HideVersion;
    public List<Directive> Other = new();

    public StatsBuilder Clone() => new()
    {
        Position = Position, Enabled = Enabled, Uri = Uri, Realm = Realm, Auth = new(Auth), RefreshMs = RefreshMs,
        HideVersion = HideVersion, Other = new(Other),
    };

    public StatsSettings Build() => new(Position, Enabled, Uri, Realm, Auth.ToArray(), RefreshMs, HideVersion, Other.ToArray());
}
