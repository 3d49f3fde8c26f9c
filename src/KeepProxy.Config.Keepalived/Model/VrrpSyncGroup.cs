namespace KeepProxy.Config.Keepalived.Model;

/// <summary>vrrp_sync_group NAME { group { ... } notify_* smtp_alert track_* }.</summary>
public sealed record VrrpSyncGroup(
    string Name,
    IReadOnlyList<string> Group,
    NotifyScripts Notify,
    bool SmtpAlert,
    IReadOnlyList<TrackScriptRef> TrackScripts,
    SourcePosition Position);
