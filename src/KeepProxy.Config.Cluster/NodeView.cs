namespace KeepProxy.Config.Cluster;

/// <summary>One host: its VRRP instances, its haproxy binds, and whether it allows binding non-local addresses.</summary>
/// <param name="NonlocalBind">net.ipv4.ip_nonlocal_bind from the node's sysctl files; null when none says.</param>
public sealed record NodeView(
    string Name,
    IReadOnlyList<InstanceView> Instances,
    IReadOnlyList<BindView> Binds,
    bool? NonlocalBind);
