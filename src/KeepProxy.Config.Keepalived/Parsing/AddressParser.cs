using System.Globalization;
using System.Net;
using System.Net.Sockets;
using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// Address lines of virtual_ipaddress / virtual_ipaddress_excluded / static_ipaddress (vrrp_ipaddress.c) and route
/// lines of virtual_routes / static_routes.
/// </summary>
internal static class AddressParser
{
    /// <summary>Strict dotted-quad / IPv6 parse (IPAddress.TryParse also accepts "1.2.3", which inet_pton rejects).</summary>
    public static bool TryParseIp(string text, out IPAddress address)
    {
        address = IPAddress.None;
        if (text.Contains(':'))
        {
            return IPAddress.TryParse(text, out address!) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        int dots = 0;
        foreach (char ch in text)
        {
            if (ch == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        if (dots != 3)
        {
            return false;
        }

        foreach (string part in text.Split('.'))
        {
            if (part.Length == 0 || part.Length > 3 || int.Parse(part, CultureInfo.InvariantCulture) > 255)
            {
                return false;
            }
        }

        return IPAddress.TryParse(text, out address!);
    }

    /// <summary>
    /// One address line. Measured messages: "VRRP parsed invalid IP 300.1.1.1. skipping IP..."; for a bad prefix
    /// "number '40' outside range [0, 32]" then "Invalid address prefix len 40 for address 10.0.0.5/40 - using 32".
    /// </summary>
    public static IpAddressEntry? ParseAddressLine(ParseContext c, Statement s, bool staticAddress = false)
    {
        string first = s.Words[0];
        string addrText = first;
        int? prefix = null;
        int slash = first.IndexOf('/');
        string? prefixText = null;
        if (slash >= 0)
        {
            addrText = first[..slash];
            prefixText = first[(slash + 1)..];
        }

        if (!TryParseIp(addrText, out IPAddress address))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"VRRP parsed invalid IP {first}. skipping IP...");
            return null;
        }

        int max = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        if (prefixText is not null)
        {
            if (int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p <= max)
            {
                prefix = p;
            }
            else
            {
                c.Report(ConfigError.InvalidNumber, s.Position, $"number '{prefixText}' outside range [0, {max}]");
                c.Report(ConfigError.GeneralError, s.Position, $"Invalid address prefix len {prefixText} for address {first} - using {max}");
            }
        }

        // alloc_ipaddress()'s option loop: each keyword that needs a value and has none ends the loop with
        // "No KEY parameter specified for ADDR"; anything unknown is reported and skipped.
        IPAddress? brd = null, peer = null;
        string? dev = null, scope = null, label = null;
        bool v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        var flags = new List<string>();
        for (int i = 1; i < s.Count; i++)
        {
            string w = s.Words[i];
            bool paramAvail = i + 1 < s.Count;
            if (w is "dev" or "scope" or "broadcast" or "brd" or "label" or "peer" or "preferred_lft"
                || (staticAddress && w == "track_group"))
            {
                if (!paramAvail)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"No {w} parameter specified for {first}");
                    return null;
                }

                string next = s.Words[++i];
                switch (w)
                {
                    case "dev":
                        // measured: "WARNING - interface eth0 for ip address 10.210.214.163/24 doesn't exist".
                        if (dev is not null)
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"Cannot specify ipaddress device more than once for {first}");
                            return null;
                        }

                        if (!c.InterfaceExists(next))
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"WARNING - interface {next} for ip address {first} doesn't exist");
                            return null;
                        }

                        dev = next;
                        break;
                    case "scope":
                        if (!IsScope(next))
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"Invalid scope '{next}' specified for {first} - ignoring");
                        }
                        else
                        {
                            scope = next;
                        }

                        break;
                    case "broadcast" or "brd":
                        if (v6)
                        {
                            c.Report(ConfigError.GeneralError, s.Position,
                                $"VRRP is trying to assign a broadcast {w} to the IPv6 address {first} !!?? WTF... skipping VIP...");
                            return null;
                        }

                        if (next is "+" or "-")
                        {
                            flags.Add("brd" + next);
                        }
                        else if (TryParseIp(next, out IPAddress b) && b.AddressFamily == AddressFamily.InterNetwork)
                        {
                            brd = b;
                        }
                        else
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"VRRP is trying to assign invalid broadcast {next}. skipping VIP...");
                            return null;
                        }

                        break;
                    case "label":
                        if (next.Length >= 16)
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"Address label {next} is longer than maximum length 15 - removing address");
                            return null;
                        }

                        label = next;
                        break;
                    case "peer":
                        if (peer is not null)
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"Peer {next} - another peer has already been specified");
                        }
                        else if (!TryParseIp(next.Split('/')[0], out IPAddress pe))
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"Invalid peer address {next}");
                        }
                        else if (pe.AddressFamily != address.AddressFamily)
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"Peer address {next} does not match address family");
                        }
                        else
                        {
                            if (prefix is { } p0 && p0 != max)
                            {
                                c.Report(ConfigError.GeneralError, s.Position, "Cannot specify address prefix when specifying peer address - ignoring");
                            }

                            peer = pe;
                        }

                        break;
                    case "preferred_lft":
                        if (next == "forever")
                        {
                            flags.Add(w + " " + next);
                        }
                        else if (NumberReader.Unsigned(next, 0, uint.MaxValue, out _) is { } lftError)
                        {
                            c.Report(ConfigError.InvalidNumber, s.Position, lftError);
                            c.Report(ConfigError.GeneralError, s.Position, $"preferred_lft {next} is invalid");
                        }
                        else
                        {
                            flags.Add(w + " " + next);
                        }

                        break;
                    default:
                        flags.Add(w + " " + next);
                        break;
                }

                continue;
            }

            if (w is "home" or "-nodad" or "mngtmpaddr" or "noprefixroute" or "autojoin" or "no_track" || (!staticAddress && w == "use_vmac"))
            {
                flags.Add(w);
                continue;
            }

            c.Report(ConfigError.GeneralError, s.Position, $"Unknown configuration entry '{w}' for ip address - ignoring");
        }

        if (brd is not null && peer is not null)
        {
            c.Report(ConfigError.GeneralError, s.Position, "Cannot specify broadcast and peer addresses - ignoring broadcast address");
            brd = null;
        }

        return new IpAddressEntry(address, prefix ?? max, brd, dev, scope, label, peer, flags, s.Position);
    }

    /// <summary>find_rttables_scope(): a number in [0, 255] (strtoul base 0) or one of iproute2's default scope names.</summary>
    private static bool IsScope(string name)
    {
        if (name is "global" or "nowhere" or "host" or "link" or "site")
        {
            return true;
        }

        return NumberReader.Unsigned(name, 0, 255, out _) is null;
    }

    private static readonly HashSet<string> RouteTypes = new(StringComparer.Ordinal)
    {
        "unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve",
    };

    // Route attributes that take one value, optionally preceded by "lock" (alloc_route's metrics).
    private static readonly HashSet<string> LockableMetrics = new(StringComparer.Ordinal)
    {
        "mtu", "advmss", "rtt", "rttvar", "reordering", "cwnd", "ssthresh", "rto_min", "congctl",
    };

    // Route attributes that take exactly one value (checked by the kernel, not here).
    private static readonly HashSet<string> ValueAttributes = new(StringComparer.Ordinal)
    {
        "tos", "dsfield", "table", "protocol", "scope", "metric", "priority", "preference", "expires", "hoplimit",
        "window", "realms", "initcwnd", "initrwnd", "features", "quickack", "pref", "ttl-propagate", "fastopen_no_cookie", "vrf",
    };

    /// <summary>
    /// One route line (alloc_route()); null when keepalived drops it. Measured: "WARNING - interface eth0 for VROUTE
    /// nexthop doesn't exist", "VRRP parsed invalid IP 1.2.3. skipping IP..." then "unknown route keyword 1.2.3", and
    /// "Warning - cannot track route 10.30.0.0/33 with no interface specified, not tracking" for a route without dev.
    /// </summary>
    public static RouteEntry? ParseRouteLine(ParseContext c, Statement s, bool allowTrackGroup = false)
    {
        string? via = null, dev = null, dest = null;
        AddressFamily family = AddressFamily.Unspecified;
        bool noTrack = false;
        int i = 0;
        bool nexthop = false;
        while (i < s.Count)
        {
            string str = s.Words[i];
            switch (str)
            {
                case "inet" or "inet6":
                {
                    AddressFamily f = str == "inet" ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
                    if (family == AddressFamily.Unspecified)
                    {
                        family = f;
                    }
                    else if (family != f)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"{str} specified for {(f == AddressFamily.InterNetwork ? "IPv6" : "IPv4")} route");
                        return null;
                    }

                    break;
                }

                case "src" or "from":
                {
                    if (c.Arg(s, ++i) is not { } text)
                    {
                        return null;
                    }

                    IPAddress? a = str == "src" ? RouteAddress(c, s, text, subnet: false) : RouteDestination(c, s, text, out _);
                    if (a is null && !(str == "from" && text is "default" or "any" or "all" or "default6"))
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"invalid route {str} address {text}");
                        return null;
                    }

                    AddressFamily f = a?.AddressFamily ?? (text == "default6" ? AddressFamily.InterNetworkV6 : AddressFamily.Unspecified);
                    if (str == "from" && f != AddressFamily.InterNetworkV6)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"route from address only supported with IPv6 ({text})");
                        return null;
                    }

                    if (!SameFamily(c, s, ref family, f))
                    {
                        return null;
                    }

                    break;
                }

                case "as":
                    if (c.Arg(s, ++i) == "to")
                    {
                        i++;
                    }

                    c.Report(ConfigError.GeneralError, s.Position, "\"as to\" for MPLS only - ignoring");
                    break;
                case "via" or "gw":
                {
                    if (str == "gw")
                    {
                        c.Report(ConfigError.GeneralError, s.Position, "\"gw\" for routes is deprecated. Please use \"via\"");
                    }

                    if (c.Arg(s, ++i) is not { } text)
                    {
                        return null;
                    }

                    AddressFamily f = family;
                    if (text is "inet" or "inet6")
                    {
                        f = text == "inet" ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
                        if (c.Arg(s, ++i) is not { } t2)
                        {
                            return null;
                        }

                        text = t2;
                    }

                    if (!SameFamily(c, s, ref family, f))
                    {
                        return null;
                    }

                    if (RouteAddress(c, s, text, subnet: false) is not { } a)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"invalid route via address {s.Words[i]}");
                        return null;
                    }

                    if (!SameFamily(c, s, ref family, a.AddressFamily))
                    {
                        return null;
                    }

                    via = text;
                    break;
                }

                case "dev" or "oif":
                {
                    if (c.Arg(s, ++i) is not { } name)
                    {
                        return null;
                    }

                    if (!c.InterfaceExists(name))
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"WARNING - interface {name} for VROUTE nexthop doesn't exist");
                        return null;
                    }

                    dev = name;
                    break;
                }

                case "onlink" or "add" or "prepend" or "append":
                    break;
                case "encap":
                    // parse_encap(): the encapsulation's own words; kept as text, not checked here.
                    i = s.Count;
                    continue;
                case "or":
                    c.Report(ConfigError.GeneralError, s.Position, "\"or\" for routes is deprecated. Please use \"nexthop\"");
                    if (c.Arg(s, ++i) is not { } orText)
                    {
                        return null;
                    }

                    if (RouteAddress(c, s, orText, subnet: false) is null)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"Invalid \"or\" address {orText}");
                        return null;
                    }

                    break;
                case "nexthop":
                    nexthop = true;
                    break;
                case "no_track":
                    noTrack = true;
                    break;
                case "track_group" when allowTrackGroup:
                    if (c.Arg(s, ++i) is null)
                    {
                        return null;
                    }

                    break;
                default:
                    if (LockableMetrics.Contains(str))
                    {
                        if (c.Arg(s, ++i) == "lock")
                        {
                            i++;
                        }

                        if (c.Arg(s, i) is null)
                        {
                            return null;
                        }

                        break;
                    }

                    if (ValueAttributes.Contains(str))
                    {
                        if (c.Arg(s, ++i) is null)
                        {
                            return null;
                        }

                        break;
                    }

                    // The destination, optionally after "to" and a route type.
                    if (str == "to")
                    {
                        i++;
                    }

                    if (i < s.Count && RouteTypes.Contains(s.Words[i]))
                    {
                        i++;
                    }

                    if (c.Arg(s, i) is not { } d)
                    {
                        return null;
                    }

                    dest = d;
                    if (RouteDestination(c, s, d, out AddressFamily df) is null && df == AddressFamily.Unknown)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"unknown route keyword {d}");
                        return null;
                    }

                    if (df != AddressFamily.Unspecified)
                    {
                        if (family == AddressFamily.Unspecified)
                        {
                            family = df;
                        }
                        else if (family != df)
                        {
                            c.Report(ConfigError.GeneralError, s.Position, $"Cannot mix IPv4 and IPv6 addresses for route ({d})");
                            return null;
                        }
                    }

                    break;
            }

            if (nexthop)
            {
                break;
            }

            i++;
        }

        if (dest is null)
        {
            c.Report(ConfigError.GeneralError, s.Position, "Route must have a destination");
            return null;
        }

        if (!noTrack && dev is null)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"Warning - cannot track route {dest} with no interface specified, not tracking");
        }

        return new RouteEntry(dest, via, dev, s.Words, s.Position);
    }

    private static bool SameFamily(ParseContext c, Statement s, ref AddressFamily family, AddressFamily f)
    {
        if (family == AddressFamily.Unspecified)
        {
            family = f;
        }
        else if (f != AddressFamily.Unspecified && family != f)
        {
            c.Report(ConfigError.GeneralError, s.Position, "Cannot mix IPv4 and IPv6 addresses for route");
            return false;
        }

        return true;
    }

    /// <summary>parse_route(): default/any/all (no family), default6 (IPv6), else an address with an optional prefix.
    /// <paramref name="family"/> is Unknown when the text is no address.</summary>
    internal static IPAddress? RouteDestination(ParseContext c, Statement s, string text, out AddressFamily family)
    {
        if (text is "default" or "any" or "all")
        {
            family = AddressFamily.Unspecified;
            return null;
        }

        if (text == "default6")
        {
            family = AddressFamily.InterNetworkV6;
            return null;
        }

        IPAddress? a = RouteAddress(c, s, text, subnet: true);
        family = a?.AddressFamily ?? AddressFamily.Unknown;
        return a;
    }

    /// <summary>parse_ipaddress(): IPv6 when the text has a ':'; with a subnet, a bad prefix is reported and the maximum used.</summary>
    private static IPAddress? RouteAddress(ParseContext c, Statement s, string text, bool subnet)
    {
        bool v6 = text.Contains(':');
        int max = v6 ? 128 : 32;
        string addrText = text;
        int slash = subnet ? text.IndexOf('/') : -1;
        if (slash >= 0)
        {
            string prefixText = text[(slash + 1)..];
            if (NumberReader.Unsigned(prefixText, 0, (ulong)max, out _) is { } error)
            {
                c.Report(ConfigError.InvalidNumber, s.Position, error);
                c.Report(ConfigError.GeneralError, s.Position, $"Invalid address prefix len {prefixText} for address {text} - using {max}");
            }

            addrText = text[..slash];
        }

        if (!TryParseIp(addrText, out IPAddress a) || (a.AddressFamily == AddressFamily.InterNetworkV6) != v6)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"VRRP parsed invalid IP {text}. skipping IP...");
            return null;
        }

        return a;
    }
}
