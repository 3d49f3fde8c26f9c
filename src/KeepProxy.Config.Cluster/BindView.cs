using KeepProxy.Config;

namespace KeepProxy.Config.Cluster;

/// <summary>One haproxy <c>bind</c> address of a node (null address = all addresses, "*" or "0.0.0.0").</summary>
public sealed record BindView(string Proxy, string? Address, string Port, SourcePosition Position);
