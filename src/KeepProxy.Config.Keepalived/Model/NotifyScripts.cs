namespace KeepProxy.Config.Keepalived.Model;

/// <summary>notify_master / notify_backup / notify_fault / notify_stop / notify (instance or sync group).</summary>
public sealed record NotifyScripts(string? Master, string? Backup, string? Fault, string? Stop, string? Notify)
{
    public static readonly NotifyScripts Empty = new(null, null, null, null, null);
}
