using KeepProxy.Config;

namespace KeepProxy.Config.Cluster;

/// <summary>What the cross-node checks need to know of one vrrp_instance on one node.</summary>
public sealed record InstanceView(
    string Name,
    string? Interface,
    int VirtualRouterId,
    int Priority,
    bool InitialMaster,
    bool Nopreempt,
    double AdvertIntSeconds,
    int Version,
    string? AuthType,
    string? AuthPass,
    IReadOnlyList<string> VirtualAddresses,
    string? UnicastSrcIp,
    IReadOnlyList<string> UnicastPeers,
    IReadOnlyList<TrackedScriptView> TrackScripts,
    SourcePosition Position)
{
    /// <summary>Tracked scripts keepalived ignores: weighted scripts of a sync-group member.</summary>
    public IReadOnlyList<string> IgnoredScripts { get; init; } = [];
}
