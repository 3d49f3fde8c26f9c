using System.Net;

namespace KeepProxy.Config.Keepalived.Model;

/// <summary>
/// One line of virtual_ipaddress / virtual_ipaddress_excluded / static_ipaddress:
/// <c>ADDR[/PREFIX] [brd ADDR] [dev IF] [scope S] [label L] [peer ADDR] [home] [no_dad] [nodad] [noprefixroute] ...</c>.
/// </summary>
public sealed record IpAddressEntry(
    IPAddress Address,
    int Prefix,
    IPAddress? Broadcast,
    string? Device,
    string? Scope,
    string? Label,
    IPAddress? Peer,
    IReadOnlyList<string> Flags,
    SourcePosition Position);
