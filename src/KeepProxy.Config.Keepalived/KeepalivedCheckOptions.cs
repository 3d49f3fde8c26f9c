namespace KeepProxy.Config.Keepalived;

/// <summary>What <c>keepalived -t</c> gets from its command line and environment.</summary>
/// <param name="ConfigFile">The <c>-f</c> file (default /etc/keepalived/keepalived.conf).</param>
/// <param name="Interfaces">Interface names that exist; null means those of the current network namespace.</param>
/// <param name="ConfigId">The <c>-i</c>/<c>--config-id</c> for <c>@id</c> lines; null means the host name.</param>
/// <param name="Suggestions">Print KeepProxy's "did you mean" lines after unknown keywords (an improvement over keepalived).</param>
/// <param name="ScriptExecutable">
/// Whether a script command's program exists and is executable; null looks at this machine's file system and PATH
/// (keepproxy -t passes its own for node folders that describe other machines).
/// </param>
public sealed record KeepalivedCheckOptions(
    string ConfigFile,
    IReadOnlySet<string>? Interfaces = null,
    string? ConfigId = null,
    bool Suggestions = true,
    Func<string, bool>? ScriptExecutable = null);
