namespace KeepProxy.Cli.Check;

/// <summary>Options of <c>keepproxy -t</c>.</summary>
/// <param name="Paths">Node folders or config files; none means this machine's /etc files.</param>
/// <param name="KeepalivedConfig">keepalived config used when no path is given.</param>
/// <param name="HAProxyConfig">haproxy config used when no path is given.</param>
/// <param name="Quiet">Print only problems.</param>
/// <param name="Strict">Cluster findings make the exit code 1.</param>
public sealed record CheckSettings(
    IReadOnlyList<string> Paths,
    string KeepalivedConfig = NodeDiscovery.DefaultKeepalivedConfig,
    string HAProxyConfig = NodeDiscovery.DefaultHAProxyConfig,
    bool Quiet = false,
    bool Strict = false);
