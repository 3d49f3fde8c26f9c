namespace KeepProxy.Cli.Check;

/// <summary>The configuration files of one node (host) that <c>keepproxy -t</c> checks together.</summary>
/// <param name="Name">Display name: the folder name, or "local" for the /etc defaults.</param>
/// <param name="Directory">The node folder, or null when files were named one by one.</param>
/// <param name="KeepalivedConfigs">keepalived.conf files (the first is the node's main one).</param>
/// <param name="HAProxyConfigs">haproxy.cfg files (the first is the node's main one).</param>
/// <param name="SysctlFiles">sysctl fragments, read for <c>net.ipv4.ip_nonlocal_bind</c>.</param>
public sealed record NodeFiles(
    string Name,
    string? Directory,
    IReadOnlyList<string> KeepalivedConfigs,
    IReadOnlyList<string> HAProxyConfigs,
    IReadOnlyList<string> SysctlFiles)
{
    public bool IsEmpty => KeepalivedConfigs.Count == 0 && HAProxyConfigs.Count == 0;
}
