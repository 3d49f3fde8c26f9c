using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// haproxy 2.6's str2sa_range() (src/tools.c): environment expansion with env_expand() (<c>$VAR</c>/<c>${VAR}</c>,
/// no default values: that syntax belongs to the line parser inside double quotes), the family prefixes, file
/// descriptors, UNIX paths, then host and port split at the last ':' and checked with its exact messages.
/// A host that is not an IP literal is resolved now (<see cref="AddressOptions.Resolve"/>), kept for later
/// (<see cref="AddressOptions.KeepFqdn"/>, servers) or refused.
/// </summary>
internal sealed class AddressParser
{
    private const int MaxUnixPath = 107 - (1 + 5 + 1 + 3);

    private static readonly (string Prefix, string Family, char Ip)[] Prefixes =
    [
        ("unix@", "unix", 'X'), ("uxdg@", "unix", 'X'), ("uxst@", "unix", 'X'), ("abns@", "abns", 'X'),
        ("ip@", "ip", 'U'), ("ipv4@", "ipv4", '4'), ("ipv6@", "ipv6", '6'), ("tcp4@", "tcp4", '4'),
        ("udp4@", "udp4", '4'), ("tcp6@", "tcp6", '6'), ("udp6@", "udp6", '6'), ("tcp@", "tcp", 'U'),
        ("udp@", "udp", 'U'), ("quic4@", "quic4", '4'), ("quic6@", "quic6", '6'), ("fd@", "fd", 'F'),
        ("sockpair@", "sockpair", 'S'),
    ];

    private readonly Func<string, string?> _env;
    private readonly HostResolver _resolver;

    public AddressParser(Func<string, string?> env, HostResolver resolver)
    {
        _env = env;
        _resolver = resolver;
    }

    /// <summary>
    /// Parses <paramref name="text"/>; on failure returns null and haproxy's message in <paramref name="error"/>.
    /// <paramref name="fqdn"/> is set when the host is a name kept for resolution after parsing.
    /// </summary>
    public Endpoint? Parse(string text, AddressOptions opts, out string? error, out string? fqdn)
    {
        error = null;
        fqdn = null;
        string str = text.Contains('$') ? EnvExpand(text) : text;
        if (str.Length == 0)
        {
            error = $"'{text}' resolves to an empty address (environment variable missing?)";
            return null;
        }

        int p = 0;
        if (str.StartsWith("stream+", StringComparison.Ordinal))
        {
            p = 7;
        }
        else if (str.StartsWith("dgram+", StringComparison.Ordinal))
        {
            p = 6;
        }

        string? family = null;
        char kind = 'U';
        foreach (var (prefix, fam, k) in Prefixes)
        {
            if (string.CompareOrdinal(str, p, prefix, 0, prefix.Length) == 0)
            {
                family = fam;
                kind = k;
                p += prefix.Length;
                break;
            }
        }

        if (family is null && p < str.Length && str[p] == '/')
        {
            kind = 'X';
        }

        string rest = str[p..];
        switch (kind)
        {
            case 'F':
            case 'S':
                return ParseFd(text, rest, family!, kind == 'S' ? AddressOptions.SocketFd : opts, out error);
            case 'X':
                if (rest.Length > MaxUnixPath)
                {
                    error = $"socket path '{text}' too long (max {MaxUnixPath})";
                    return null;
                }

                return new Endpoint(text, family ?? "unix", rest, 0, 0);
        }

        // IPv4 and IPv6: the port starts after the last ':' unless a ']' comes first.
        int chr = rest.Length - 1;
        while (chr > 0 && rest[chr] != ']' && rest[chr] != ':')
        {
            chr--;
        }

        string host = rest;
        string port1 = "";
        if (chr >= 0 && rest[chr] == ':')
        {
            if ((opts & AddressOptions.PortOk) == 0)
            {
                error = $"port specification not permitted here in '{text}'";
                return null;
            }

            host = rest[..chr];
            port1 = rest[(chr + 1)..];
        }
        else if ((opts & AddressOptions.PortMandatory) != 0)
        {
            error = $"missing port specification in '{text}'";
            return null;
        }

        int low = 0, high = 0;
        bool offset = false;
        int mand = (opts & AddressOptions.PortMandatory) != 0 ? 1 : 0;
        if (port1.Length > 0 && char.IsAsciiDigit(port1[0]))
        {
            string port2 = port1;
            int dash = port1.IndexOf('-');
            if (dash >= 0)
            {
                if ((opts & AddressOptions.PortRange) == 0)
                {
                    error = $"port range not permitted here in '{text}'";
                    return null;
                }

                port2 = port1[(dash + 1)..];
                port1 = port1[..dash];
            }

            low = Atoi(port1);
            high = Atoi(port2);
            if (low < mand || low > 65535)
            {
                error = $"invalid port '{port1}'";
                return null;
            }

            if (high < mand || high > 65535)
            {
                error = $"invalid port '{port2}'";
                return null;
            }

            if (low > high)
            {
                error = $"invalid port range '{low}-{high}'";
                return null;
            }
        }
        else if (port1.Length > 0 && port1[0] is '-' or '+')
        {
            if ((opts & AddressOptions.PortOffset) == 0)
            {
                error = $"port offset not permitted here in '{text}'";
                return null;
            }

            offset = true;
            low = high = Atoi(port1[1..]);
        }
        else if (port1.Length > 0)
        {
            error = $"invalid character '{port1[0]}' in port number '{port1}' in '{text}'";
            return null;
        }
        else if (mand != 0)
        {
            error = $"missing port specification in '{text}'";
            return null;
        }

        if (!IsIpLiteral(host, kind))
        {
            bool resolve = (opts & AddressOptions.Resolve) != 0;
            if ((!resolve && (opts & AddressOptions.KeepFqdn) == 0) ||
                (resolve && !(IsValidHostname(host) && _resolver.CanResolve(host))))
            {
                error = $"invalid address: '{host}' in '{text}'";
                return null;
            }

            if (!resolve)
            {
                fqdn = host;
            }
        }

        return new Endpoint(text, family, host, low, high, offset);
    }

    /// <summary>haproxy's env_expand(): <c>$NAME</c> or <c>${NAME}</c>; an unset variable expands to nothing.</summary>
    public string EnvExpand(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c != '$')
            {
                sb.Append(c);
                i++;
                continue;
            }

            int beg = i + 1;
            bool brace = beg < text.Length && text[beg] == '{';
            if (brace)
            {
                beg++;
            }

            int end = beg;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            i = end;
            if (brace && end < text.Length && text[end] == '}')
            {
                i++;
            }

            string? value = end > beg ? _env(text[beg..end]) : null;
            sb.Append(value);
        }

        return sb.ToString();
    }

    private static Endpoint? ParseFd(string text, string rest, string family, AddressOptions opts, out string? error)
    {
        error = null;
        if (rest.Length == 0 || !int.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int fd) || fd < 0)
        {
            error = $"file descriptor '{rest}' is not a valid integer in '{text}'";
            return null;
        }

        if ((opts & AddressOptions.SocketFd) != 0)
        {
            // haproxy calls getsockname() on the descriptor. During a check its descriptors 0-2 are the standard
            // streams and 3 is the configuration file being read: none is a socket. Higher numbers are what
            // harnesses pass to a real run ("fd@${name}"), and are taken as inherited listeners.
            if (fd <= 3)
            {
                error = $"cannot use file descriptor '{fd}' : Socket operation on non-socket.";
                return null;
            }
        }
        else if ((opts & AddressOptions.RawFd) == 0)
        {
            error = $"a file descriptor is not acceptable here in '{text}'";
            return null;
        }

        return new Endpoint(text, family, rest, 0, 0);
    }

    /// <summary>str2ip2() without resolution: "::", "" and "*" are "any"; then inet_pton() IPv6, IPv4.</summary>
    private static bool IsIpLiteral(string host, char kind)
    {
        string s = host;
        if (s.StartsWith('['))
        {
            if (s.Length < 4 || s.Length >= 48 || s[^1] != ']')
            {
                return false;
            }

            s = s[1..^1];
        }

        if (s == "::")
        {
            return kind is 'U' or '6';
        }

        if (s.Length == 0 || s == "*")
        {
            return true;
        }

        if (kind is 'U' or '6' && s.Contains(':') && !s.Contains('%') &&
            IPAddress.TryParse(s, out var a) && a.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return true;
        }

        return kind is 'U' or '4' && IsInetPton4(s);
    }

    /// <summary>glibc's inet_pton(AF_INET): exactly four decimal octets, no leading zeros.</summary>
    public static bool IsInetPton4(string s)
    {
        int octets = 0, value = -1, digits = 0;
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                if (digits > 0 && value == 0)
                {
                    return false;
                }

                value = (digits == 0 ? 0 : value * 10) + (c - '0');
                digits++;
                if (value > 255)
                {
                    return false;
                }
            }
            else if (c == '.' && digits > 0 && octets < 3)
            {
                octets++;
                digits = 0;
            }
            else
            {
                return false;
            }
        }

        return octets == 3 && digits > 0;
    }

    /// <summary>resolv_hostname_validation(): labels of [-_a-zA-Z0-9], at most 63 characters, 255 in all.</summary>
    public static bool IsValidHostname(string s)
    {
        if (s.Length > 255)
        {
            return false;
        }

        int label = 0;
        foreach (char c in s)
        {
            if (c == '.')
            {
                label = 0;
                continue;
            }

            if (!(c is '-' or '_' || char.IsAsciiLetterOrDigit(c)) || ++label > 63)
            {
                return false;
            }
        }

        return true;
    }

    private static int Atoi(string s)
    {
        long v = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c) || v > int.MaxValue)
            {
                break;
            }

            v = (v * 10) + (c - '0');
        }

        return (int)Math.Min(v, int.MaxValue);
    }
}
