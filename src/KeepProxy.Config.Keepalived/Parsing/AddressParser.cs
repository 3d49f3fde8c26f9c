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

    /// <summary>
    /// One route line; null when keepalived drops it (measured: "WARNING - interface eth0 for VROUTE nexthop doesn't exist").
    /// </summary>
    public static RouteEntry? ParseRouteLine(ParseContext c, Statement s)
    {
        string? via = null, dev = null;
        string dest = s.Words[0];
        int start = 1;
        if (dest is "blackhole" or "unreachable" or "prohibit" or "throw" or "src" && s.Count > 1)
        {
            dest = s.Words[1];
            start = 2;
        }

        for (int i = start; i < s.Count - 1; i++)
        {
            if (s.Words[i] is "via" or "gw")
            {
                via = s.Words[i + 1];
            }
            else if (s.Words[i] is "dev" or "oif")
            {
                dev = s.Words[i + 1];
                if (!c.InterfaceExists(dev))
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"WARNING - interface {dev} for VROUTE nexthop doesn't exist");
                    return null;
                }
            }
        }

        return new RouteEntry(dest, via, dev, s.Words, s.Position);
    }
}
