using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Parsing.Builders;

/// <summary>Mutable virtual_server while its block is read.</summary>
public sealed class VirtualServerBuilder(SourcePosition position)
{
    public SourcePosition Position = position;
    public string Address = "";
    public int? Port;
    public string? Fwmark;
    public string? Group;
    public double DelayLoop = 60;
    public string LbAlgo = "wlc";
    public string LbKind = "NAT";
    public int? PersistenceTimeout;
    public string Protocol = "TCP";
    public List<RealServerBuilder> RealServers = new();

    // What validate_check_config() looks at (check_data.c).
    public uint FwmarkValue;
    public int ServiceType; // 0 none, 6 tcp, 17 udp, 132 sctp
    public bool SchedSet;
    public string? ForwardingMethod;
    public uint Quorum = 1;
    public uint Hysteresis;
    public long Weight = 1;
    public bool Persistent;
    public bool HaSuspend;
    public Dictionary<string, string> Other = new(StringComparer.Ordinal);

    public VirtualServer Build() => new(Address, Port, Fwmark, Group, DelayLoop, LbAlgo, LbKind, PersistenceTimeout, Protocol,
        RealServers.Select(static r => r.Build()).ToArray(), Other, Position);
}
