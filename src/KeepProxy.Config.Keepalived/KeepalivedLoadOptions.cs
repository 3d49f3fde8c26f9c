namespace KeepProxy.Config.Keepalived;

/// <summary>How to load a keepalived.conf.</summary>
/// <param name="Interfaces">Interface names that exist; null reads /sys/class/net of the current network namespace.</param>
/// <param name="ConfigId">The <c>-i</c> config id for <c>@id</c> lines; null means the host name (keepalived's default).</param>
/// <param name="UserExists">User lookup (script_user, keepalived_script); null reads /etc/passwd.</param>
/// <param name="ScriptExecutable">Whether a script command's program exists and is executable; null looks at the file system and PATH.</param>
/// <param name="Suggestions">Add KeepProxy's "did you mean" lines after unknown keywords.</param>
/// <param name="HostResolves">Whether a host name resolves (getaddrinfo, for smtp_server); null asks the system resolver.</param>
public sealed record KeepalivedLoadOptions(
    IReadOnlySet<string>? Interfaces = null,
    string? ConfigId = null,
    Func<string, bool>? UserExists = null,
    Func<string, bool>? ScriptExecutable = null,
    bool Suggestions = true,
    Func<string, bool>? HostResolves = null)
{
    public static readonly KeepalivedLoadOptions Default = new();
}
