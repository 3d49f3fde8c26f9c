namespace KeepProxy.Config.Keepalived.Model;

/// <summary>The whole keepalived.conf after parsing and completion.</summary>
public sealed record KeepalivedConfig(
    GlobalDefs Global,
    IReadOnlyList<IpAddressEntry> StaticIpAddresses,
    IReadOnlyList<RouteEntry> StaticRoutes,
    IReadOnlyList<VrrpScript> VrrpScripts,
    IReadOnlyList<VrrpSyncGroup> VrrpSyncGroups,
    IReadOnlyList<VrrpInstance> VrrpInstances,
    IReadOnlyList<VirtualServerGroup> VirtualServerGroups,
    IReadOnlyList<VirtualServer> VirtualServers,
    IReadOnlyList<string> Files);
