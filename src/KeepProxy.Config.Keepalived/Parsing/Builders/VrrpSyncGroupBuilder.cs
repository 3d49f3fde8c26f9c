using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Parsing.Builders;

/// <summary>Mutable vrrp_sync_group while its block is read.</summary>
public sealed class VrrpSyncGroupBuilder(string name, SourcePosition position)
{
    public string Name = name;
    public SourcePosition Position = position;
    public List<string> Group = new();
    public bool GroupSet;
    public string? NotifyMaster, NotifyBackup, NotifyFault, NotifyStop, Notify;
    public bool SmtpAlert;
    public List<TrackScriptRef> TrackScripts = new();

    public VrrpSyncGroup Build() => new(Name, Group.ToArray(),
        new NotifyScripts(NotifyMaster, NotifyBackup, NotifyFault, NotifyStop, Notify), SmtpAlert, TrackScripts.ToArray(), Position);
}
