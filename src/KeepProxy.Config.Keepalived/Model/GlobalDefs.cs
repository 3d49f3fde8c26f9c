namespace KeepProxy.Config.Keepalived.Model;

/// <summary>global_defs { ... }: the keywords the articles use are typed; every other one is kept in
/// <see cref="OtherSettings"/> (keyword → its arguments joined by one space).</summary>
public sealed record GlobalDefs(
    string? RouterId,
    IReadOnlyList<string> NotificationEmail,
    string? NotificationEmailFrom,
    string? SmtpServer,
    int? SmtpServerPort,
    int SmtpConnectTimeout,
    bool EnableTraps,
    string? ScriptUser,
    string? ScriptGroup,
    bool EnableScriptSecurity,
    int? VrrpVersion,
    IReadOnlyDictionary<string, string> VrrpGarp,
    IReadOnlyDictionary<string, string> OtherSettings,
    SourcePosition Position)
{
    public static readonly GlobalDefs Default = new(null, [], null, null, null, 30, false, null, null, false, null,
        new Dictionary<string, string>(), new Dictionary<string, string>(), SourcePosition.None);
}
