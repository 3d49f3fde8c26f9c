namespace KeepProxy.Lab.Specs;

/// <summary>One network interface of a lab host: a veth end named as in the configs (ens33, eth0, eth1),
/// plugged into the bridge of <paramref name="Segment"/>, with IPv4 addresses in CIDR form.</summary>
public sealed record LinkSpec(string Interface, string Segment, IReadOnlyList<string> Addresses);
