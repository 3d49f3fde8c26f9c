using System.Net;

namespace KeepProxy.Config.Keepalived.Model;

/// <summary>vrrp_instance NAME { ... } after keepalived's completion (defaults applied, bad values dropped).</summary>
public sealed record VrrpInstance(
    string Name,
    VrrpState State,
    string? Interface,
    int VirtualRouterId,
    int Priority,
    double AdvertInt,
    int Version,
    bool Nopreempt,
    double PreemptDelay,
    bool DontTrackPrimary,
    VrrpAuthentication? Authentication,
    IReadOnlyList<IpAddressEntry> VirtualIpAddresses,
    IReadOnlyList<IpAddressEntry> VirtualIpAddressesExcluded,
    IReadOnlyList<RouteEntry> VirtualRoutes,
    IPAddress? UnicastSrcIp,
    IPAddress? McastSrcIp,
    IReadOnlyList<IPAddress> UnicastPeers,
    IReadOnlyList<string> TrackInterfaces,
    IReadOnlyList<TrackScriptRef> TrackScripts,
    NotifyScripts Notify,
    bool SmtpAlert,
    IReadOnlyDictionary<string, string> OtherSettings,
    SourcePosition Position);
