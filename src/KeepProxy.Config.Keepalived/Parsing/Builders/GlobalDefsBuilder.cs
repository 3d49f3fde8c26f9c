using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Parsing.Builders;

/// <summary>Mutable global_defs while its keywords are read; sealed into <see cref="GlobalDefs"/> at completion.</summary>
public sealed class GlobalDefsBuilder
{
    public string? RouterId;
    public List<string> NotificationEmail = new();
    public string? NotificationEmailFrom;
    public string? SmtpServer;
    public int? SmtpServerPort;
    public int SmtpConnectTimeout = 30;
    public bool EnableTraps;
    public string? ScriptUser;

    /// <summary>set_default_script_user() failed (keepalived's default_user_fail).</summary>
    public bool DefaultUserFailed;

    /// <summary>global_data->lvs_syncd.ifname (set by a vrrp_instance's deprecated lvs_sync_daemon_interface).</summary>
    public string? LvsSyncDaemonInterface;
    public string? ScriptGroup;
    public bool EnableScriptSecurity;
    public int? VrrpVersion;
    public Dictionary<string, string> VrrpGarp = new(StringComparer.Ordinal);
    public Dictionary<string, string> Other = new(StringComparer.Ordinal);
    public SourcePosition Position = SourcePosition.None;

    public GlobalDefs Build() => new(RouterId, NotificationEmail.ToArray(), NotificationEmailFrom, SmtpServer, SmtpServerPort,
        SmtpConnectTimeout, EnableTraps, ScriptUser, ScriptGroup, EnableScriptSecurity, VrrpVersion, VrrpGarp, Other, Position);
}
