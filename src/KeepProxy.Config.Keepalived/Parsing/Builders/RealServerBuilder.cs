using System.Net;
using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Parsing.Builders;

/// <summary>Mutable real_server while its block is read.</summary>
public sealed class RealServerBuilder(IPAddress address, int port, SourcePosition position)
{
    public IPAddress Address = address;
    public int Port = port;
    public SourcePosition Position = position;
    public int Weight = 1;
    public long? EffectiveWeight;
    public string? ForwardingMethod;
    public List<HealthCheckBuilder> Checks = new();
    public Dictionary<string, string> Other = new(StringComparer.Ordinal);

    public RealServer Build() => new(Address, Port, Weight, Checks.Select(static c => c.Build()).ToArray(), Other, Position);
}
