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
    public static IpAddressEntry? ParseAddressLine(ParseContext c, Statement s)
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

        IPAddress? brd = null, peer = null;
        string? dev = null, scope = null, label = null;
        var flags = new List<string>();
        for (int i = 1; i < s.Count; i++)
        {
            string w = s.Words[i];
            string? next = i + 1 < s.Count ? s.Words[i + 1] : null;
            switch (w)
            {
                case "brd" or "broadcast" when next is not null:
                    if (next is "+" or "-")
                    {
                        flags.Add("brd" + next);
                    }
                    else if (TryParseIp(next, out IPAddress b))
                    {
                        brd = b;
                    }

                    i++;
                    break;
                case "dev" when next is not null:
                    // alloc_ipaddress(): measured "WARNING - interface eth0 for ip address 10.210.214.163/24 doesn't exist".
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
                    i++;
                    break;
                case "scope" when next is not null:
                    scope = next;
                    i++;
                    break;
                case "label" when next is not null:
                    label = next;
                    i++;
                    break;
                case "peer" when next is not null:
                    if (TryParseIp(next.Split('/')[0], out IPAddress pe))
                    {
                        peer = pe;
                    }

                    i++;
                    break;
                case "track_group" or "preferred_lft" or "valid_lft" when next is not null:
                    flags.Add(w + " " + next);
                    i++;
                    break;
                default:
                    flags.Add(w);
                    break;
            }
        }

        return new IpAddressEntry(address, prefix ?? max, brd, dev, scope, label, peer, flags, s.Position);
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
