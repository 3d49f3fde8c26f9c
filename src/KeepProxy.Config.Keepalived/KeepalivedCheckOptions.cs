namespace KeepProxy.Config.Keepalived;

/// <summary>What <c>keepalived -t</c> gets from its command line and environment.</summary>
/// <param name="ConfigFile">The <c>-f</c> file (default /etc/keepalived/keepalived.conf).</param>
/// <param name="Interfaces">Interface names that exist; null means those of the current network namespace.</param>
/// <param name="Defines">Names given with <c>-i</c>/<c>--config-id</c> and the like for <c>@id</c> lines; null means the host name.</param>
public sealed record KeepalivedCheckOptions(
    string ConfigFile,
    IReadOnlySet<string>? Interfaces = null,
    string? ConfigId = null);
