using System.Net;
using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Parsing.Builders;

/// <summary>Mutable vrrp_instance while its block is read (keepalived's vrrp_t before vrrp_complete_init).</summary>
public sealed class VrrpInstanceBuilder(string name, SourcePosition position)
{
    public string Name = name;
    public SourcePosition Position = position;
    public VrrpState State = VrrpState.Backup;
    public bool StateSet;
    public string? Interface;
    public bool InterfaceMissing;
    public bool InterfaceGiven;

    /// <summary>vrrp->family: set by the first address that carries one (src ip, VIP, unicast peer).</summary>
    public System.Net.Sockets.AddressFamily Family;
    public int VirtualRouterId;
    public int Priority = 100;
    public bool PrioritySet;
    public double AdvertInt = 1;
    public int? Version;
    public bool Nopreempt;
    public SourcePosition NopreemptPosition;
    public double PreemptDelay;
    public SourcePosition PreemptDelayPosition;
    public SourcePosition AdvertIntPosition;
    public bool DontTrackPrimary;
    public VrrpAuthType AuthType;
    public string? AuthPass;
    public SourcePosition AuthPosition;
    public List<IpAddressEntry> Vips = new();
    public List<IpAddressEntry> ExcludedVips = new();
    public List<RouteEntry> Routes = new();
    public IPAddress? UnicastSrcIp;
    public IPAddress? McastSrcIp;
    public List<IPAddress> UnicastPeers = new();
    public List<string> TrackInterfaces = new();
    public List<TrackScriptRef> TrackScripts = new();
    public string? NotifyMaster, NotifyBackup, NotifyFault, NotifyStop, Notify;
    public bool SmtpAlert;

    /// <summary>VRRP_FLAG_UNICAST_CONFIGURED: a unicast keyword was given (unicast_peer, unicast_src_ip, ...).</summary>
    public bool UnicastConfigured;
    public bool UnicastFaultNoPeers;

    /// <summary>strict_mode on the instance; null inherits global vrrp_strict.</summary>
    public bool? StrictMode;
    public Dictionary<string, string> Other = new(StringComparer.Ordinal);

    public VrrpInstance Build(int defaultVersion) => new(Name, State, Interface, VirtualRouterId, Priority, AdvertInt,
        Version ?? defaultVersion, Nopreempt, PreemptDelay, DontTrackPrimary,
        AuthType == VrrpAuthType.None ? null : new VrrpAuthentication(AuthType, AuthPass ?? "", AuthPosition),
        Vips.ToArray(), ExcludedVips.ToArray(), Routes.ToArray(), UnicastSrcIp, McastSrcIp, UnicastPeers.ToArray(),
        TrackInterfaces.ToArray(), TrackScripts.ToArray(),
        new NotifyScripts(NotifyMaster, NotifyBackup, NotifyFault, NotifyStop, Notify), SmtpAlert, Other, Position);
}
