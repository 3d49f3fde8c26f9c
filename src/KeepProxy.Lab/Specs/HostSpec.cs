namespace KeepProxy.Lab.Specs;

/// <summary>One lab host: its own network, PID, mount, UTS and IPC namespaces.</summary>
/// <param name="Name">Host name (UTS) and the name scenarios use.</param>
/// <param name="Links">Interfaces, each on a bridge segment.</param>
/// <param name="Files">Files at their real paths (/etc is an overlay whose upper layer is the host's temp dir).</param>
/// <param name="Setup">Shell commands run inside the host after its links are up (sysctl, lo:0 addresses, …).</param>
/// <param name="RunsKeepalived">True for VRRP nodes: the implementation switch applies to them.</param>
public sealed record HostSpec(
    string Name,
    IReadOnlyList<LinkSpec> Links,
    IReadOnlyList<HostFile> Files,
    IReadOnlyList<string> Setup,
    bool RunsKeepalived = false)
{
    public static HostSpec Create(string name, LinkSpec link, IEnumerable<HostFile>? files = null, IEnumerable<string>? setup = null, bool keepalived = false) =>
        new(name, [link], files?.ToList() ?? [], setup?.ToList() ?? [], keepalived);
}
