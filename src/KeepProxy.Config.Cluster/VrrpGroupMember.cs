namespace KeepProxy.Config.Cluster;

/// <summary>One node's instance inside a virtual router (all instances that share a VRID across the nodes).</summary>
public sealed record VrrpGroupMember(NodeView Node, InstanceView Instance)
{
    public string Label => $"{Node.Name}/{Instance.Name}";
}
