using System.Globalization;
using System.Net;
using KeepProxy.Config.HAProxy.Model;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// Small value grammars written with Pidgin combinators: haproxy times (<c>10s</c>, <c>5000ms</c>, <c>2000</c> with a
/// default unit), port ranges (<c>80</c>, <c>8000-8010</c>, <c>+1</c>) and IPv4 literals. Addresses are split into
/// family prefix / host / port by hand first because haproxy splits at the last ':'.
/// </summary>
public static class ValueParsers
{
    /// <summary>haproxy's time units and their weight in milliseconds (parse_time_err(): us, ms, s, m, h, d).</summary>
    private static readonly Parser<char, double> TimeUnit = OneOf(
        Try(String("us")).ThenReturn(0.001),
        Try(String("ms")).ThenReturn(1.0),
        Char('s').ThenReturn(1000.0),
        Char('m').ThenReturn(60_000.0),
        Char('h').ThenReturn(3_600_000.0),
        Char('d').ThenReturn(86_400_000.0));

    private static readonly Parser<char, string> Digits = Digit.AtLeastOnceString();

    private static readonly Parser<char, (string Number, Maybe<double> Unit)> Time =
        Map((n, u) => (n, u), Digits, TimeUnit.Optional()).Before(End);

    private static readonly Parser<char, (string From, Maybe<string> To)> PortRange =
        Map((a, b) => (a, b), Digits, Char('-').Then(Digits).Optional()).Before(End);

    private static readonly Parser<char, string> Octet = Digit.AtLeastOnceString().Assert(s => s.Length <= 3 && int.Parse(s, CultureInfo.InvariantCulture) <= 255);

    private static readonly Parser<char, Unit> Ipv4 =
        Octet.Then(Char('.')).Then(Octet).Then(Char('.')).Then(Octet).Then(Char('.')).Then(Octet).Then(End);

    /// <summary>
    /// Parses a time the way haproxy does; <paramref name="defaultUnitMs"/> applies when no unit is given (1 for
    /// timeouts and <c>inter</c>, 1000 for <c>stats refresh</c>). On failure returns false and the first bad character
    /// (NUL when the value is empty).
    /// </summary>
    public static bool TryParseTime(string text, double defaultUnitMs, out int milliseconds, out char badChar)
    {
        milliseconds = 0;
        badChar = '\0';
        var result = Time.Parse(text);
        if (!result.Success)
        {
            int i = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == 0)
            {
                badChar = text.Length > 0 ? text[0] : '\0';
                return false;
            }

            // Skip a valid unit prefix to point at the character haproxy stops on.
            string rest = text[i..];
            int skip = rest.StartsWith("us", StringComparison.Ordinal) || rest.StartsWith("ms", StringComparison.Ordinal) ? 2 : rest.Length > 0 && "smhd".Contains(rest[0]) ? 1 : 0;
            badChar = skip < rest.Length ? rest[skip] : '\0';
            return false;
        }

        double unit = result.Value.Unit.HasValue ? result.Value.Unit.Value : defaultUnitMs;
        if (!double.TryParse(result.Value.Number, NumberStyles.None, CultureInfo.InvariantCulture, out double n))
        {
            return false;
        }

        double ms = n * unit;
        milliseconds = ms > int.MaxValue ? int.MaxValue : (int)Math.Ceiling(ms);
        return true;
    }

    /// <summary>
    /// parse_time_err()'s PARSE_TIME_OVER: a valid time whose value in milliseconds exceeds 2147483647 ms.
    /// </summary>
    public static bool IsTimerOverflow(string text, double defaultUnitMs)
    {
        var result = Time.Parse(text);
        if (!result.Success || !double.TryParse(result.Value.Number, NumberStyles.None, CultureInfo.InvariantCulture, out double n))
        {
            return false;
        }

        double unit = result.Value.Unit.HasValue ? result.Value.Unit.Value : defaultUnitMs;
        return Math.Ceiling(n * unit) > int.MaxValue;
    }

    public static bool IsIPv4(string text) => Ipv4.Parse(text).Success;

    /// <summary>
    /// Splits <c>[family@]host[:port[-port]]</c> as haproxy's str2sa_range() does. Returns an error in haproxy's
    /// words for a bad port, or null on success.
    /// </summary>
    public static Endpoint? ParseEndpoint(string text, bool portRangeAllowed, out string? error)
    {
        error = null;
        string? family = null;
        string rest = text;
        int at = text.IndexOf('@');
        if (at > 0)
        {
            family = text[..at];
            rest = text[(at + 1)..];
            if (family is "unix" or "abns" or "fd" or "sockpair")
            {
                return new Endpoint(text, family, rest, 0, 0);
            }
        }

        if (rest.StartsWith('/'))
        {
            return new Endpoint(text, "unix", rest, 0, 0);
        }

        string host;
        string? port = null;
        if (rest.StartsWith('['))
        {
            int close = rest.IndexOf(']');
            if (close < 0)
            {
                error = $"invalid address: '{rest}' in '{text}'";
                return null;
            }

            host = rest[1..close];
            if (close + 1 < rest.Length && rest[close + 1] == ':')
            {
                port = rest[(close + 2)..];
            }
        }
        else
        {
            int colon = rest.LastIndexOf(':');
            if (colon >= 0)
            {
                host = rest[..colon];
                port = rest[(colon + 1)..];
            }
            else
            {
                host = rest;
            }
        }

        if (!IsAcceptableHost(host))
        {
            error = $"invalid address: '{host}' in '{text}'";
            return null;
        }

        int from = 0, to = 0;
        bool offset = false;
        if (!string.IsNullOrEmpty(port))
        {
            string p = port;
            if (p[0] is '+' or '-')
            {
                offset = true;
                p = p[1..];
            }

            var r = PortRange.Parse(p);
            if (!r.Success || !int.TryParse(r.Value.From, NumberStyles.None, CultureInfo.InvariantCulture, out from) || from > 65535)
            {
                error = $"invalid port '{port}'";
                return null;
            }

            to = from;
            if (r.Value.To.HasValue)
            {
                if (!portRangeAllowed || !int.TryParse(r.Value.To.Value, NumberStyles.None, CultureInfo.InvariantCulture, out to) || to > 65535 || to < from)
                {
                    error = $"invalid port '{port}'";
                    return null;
                }
            }
        }

        return new Endpoint(text, family, host, from, to, offset);
    }

    /// <summary>
    /// An IP literal, '*', empty, or something that can be a DNS name. A dotted all-numeric string that is not an IPv4
    /// address (e.g. 1.2.3.4.5) is refused, as haproxy's resolver refuses it.
    /// </summary>
    private static bool IsAcceptableHost(string host)
    {
        if (host.Length == 0 || host == "*")
        {
            return true;
        }

        if (host.Contains(':'))
        {
            return IPAddress.TryParse(host, out var a) && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        }

        bool numeric = true;
        foreach (char c in host)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                numeric = false;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_'))
            {
                return false;
            }
        }

        return !numeric || IsIPv4(host);
    }
}
