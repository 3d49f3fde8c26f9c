using System.Globalization;
using KeepProxy.Config.Keepalived.Model;
using KeepProxy.Config.Keepalived.Parsing.Builders;
using static KeepProxy.Config.Keepalived.Parsing.KeywordFactory;

namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// Root keywords of keepalived 2.2.7's check/check_parser.c and the checker blocks (check_tcp.c, check_http.c,
/// check_misc.c, ...), read by the checker process. BFD's bfd_instance is listed here too (bfd/bfd_parser.c).
/// </summary>
internal static class CheckKeywords
{
    private const Subsystem C = Subsystem.Checker;

    private const string OtherVirtualServer = """
        ip_family retry delay_before_retry warmup connect_timeout inhibit_on_failure lvs_sched hashed ops flag-1 flag-2
        flag-3 sh-port sh-fallback mh-port mh-fallback lvs_method persistence_engine persistence_granularity ha_suspend
        smtp_alert virtualhost snmp_name alpha omega quorum_up quorum_down quorum hysteresis weight sorry_server
        sorry_server_inhibit sorry_server_lvs_method
        """;

    private const string OtherRealServer = """
        lvs_method uthreshold lthreshold inhibit_on_failure notify_up notify_down alpha retry delay_before_retry warmup
        connect_timeout delay_loop smtp_alert virtualhost snmp_name
        """;

    public static IEnumerable<KeywordNode> Roots()
    {
        yield return Block(C, "SSL", Quiet(C, "password ca certificate key"));
        yield return Values(C, "virtual_server_group", static (c, s, lines) =>
            c.VirtualServerGroups.Add(new VirtualServerGroup(s.At(1) ?? "", lines.Select(static l => string.Join(' ', l.Words)).ToArray(), s.Position)));
        yield return Block(C, "virtual_server", VirtualServerKeywords(), start: StartVirtualServer);
        yield return Block(Subsystem.Bfd, "bfd_instance",
            Quiet(Subsystem.Bfd, "source_ip neighbor_ip min_rx min_tx idle_tx multiplier disabled passive ttl hoplimit max_hops weight vrrp checker"));
    }

    private static void StartVirtualServer(ParseContext c, Statement s)
    {
        var vs = new VirtualServerBuilder(s.Position);
        if (s.At(1) is "fwmark")
        {
            vs.Fwmark = s.At(2);
            vs.Address = "fwmark";
        }
        else if (s.At(1) is "group")
        {
            vs.Group = s.At(2);
            vs.Address = "group";
        }
        else
        {
            vs.Address = s.At(1) ?? "";
            if (s.At(2) is { } port && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int p))
            {
                vs.Port = p;
            }
        }

        c.VirtualServers.Add(vs);
    }

    private static IEnumerable<KeywordNode> VirtualServerKeywords()
    {
        yield return Leaf(C, "delay_loop", static (c, s) =>
        {
            if (c.ReadDecimal(s, 1, 0.000001, uint.MaxValue, out double v))
            {
                c.CurrentVirtualServer!.DelayLoop = v;
            }
        });
        yield return Leaf(C, "lb_algo", static (c, s) => c.CurrentVirtualServer!.LbAlgo = c.Arg(s, 1) ?? "wlc");
        yield return Leaf(C, "lb_kind", static (c, s) => c.CurrentVirtualServer!.LbKind = c.Arg(s, 1) ?? "NAT");
        yield return Leaf(C, "persistence_timeout", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 1, uint.MaxValue, out long v))
            {
                c.CurrentVirtualServer!.PersistenceTimeout = (int)Math.Min(v, int.MaxValue);
            }
        });
        yield return Leaf(C, "protocol", static (c, s) => c.CurrentVirtualServer!.Protocol = c.Arg(s, 1) ?? "TCP");
        yield return Block(C, "real_server", RealServerKeywords(), start: StartRealServer);
        foreach (KeywordNode n in Quiet(C, OtherVirtualServer, static (c, s) => c.CurrentVirtualServer!.Other[s.Keyword] = ParseContext.Rest(s)))
        {
            yield return n;
        }
    }

    private static void StartRealServer(ParseContext c, Statement s)
    {
        AddressParser.TryParseIp(s.At(1) ?? "", out var ip);
        int port = s.At(2) is { } p && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : 0;
        c.CurrentVirtualServer!.RealServers.Add(new RealServerBuilder(ip, port, s.Position));
    }

    private static IEnumerable<KeywordNode> RealServerKeywords()
    {
        yield return Leaf(C, "weight", static (c, s) =>
        {
            if (c.ReadInt(s, 1, 0, 65535, out long v))
            {
                c.CurrentRealServer!.Weight = (int)v;
            }
        });
        foreach (KeywordNode n in Quiet(C, OtherRealServer, static (c, s) => c.CurrentRealServer!.Other[s.Keyword] = ParseContext.Rest(s)))
        {
            yield return n;
        }

        yield return Checker(CheckKind.MiscCheck, "MISC_CHECK", CommonKeywords(connection: false).Concat(
        [
            Leaf(C, "misc_path", static (c, s) => c.CurrentCheck!.MiscPath = ParseContext.Rest(s)),
            Leaf(C, "misc_timeout", static (c, s) =>
            {
                if (c.ReadDecimal(s, 1, 0, uint.MaxValue, out double v))
                {
                    c.CurrentCheck!.MiscTimeout = v;
                }
            }),
            Leaf(C, "misc_dynamic", static (c, _) => c.CurrentCheck!.MiscDynamic = true),
            Leaf(C, "user", Other),
        ]));
        yield return Checker(CheckKind.SmtpCheck, "SMTP_CHECK",
            new[] { Leaf(C, "helo_name", Other) }.Concat(CommonKeywords(true)).Append(Block(C, "host", CommonKeywords(true))));
        yield return Checker(CheckKind.TcpCheck, "TCP_CHECK", CommonKeywords(true));
        yield return Checker(CheckKind.PingCheck, "PING_CHECK", CommonKeywords(true));
        yield return Checker(CheckKind.UdpCheck, "UDP_CHECK", CommonKeywords(true).Concat(Quiet(C, "payload require_reply min_reply_length max_reply_length", Other)));
        yield return Checker(CheckKind.HttpGet, "HTTP_GET", HttpKeywords());
        yield return Checker(CheckKind.SslGet, "SSL_GET", HttpKeywords());
        yield return Checker(CheckKind.DnsCheck, "DNS_CHECK", CommonKeywords(true).Concat(Quiet(C, "type name", Other)));
        yield return Checker(CheckKind.FileCheck, "FILE_CHECK", Quiet(C, "track_file weight", Other));
        yield return Checker(CheckKind.BfdCheck, "BFD_CHECK", Quiet(C, "name alpha", Other));
    }

    private static KeywordNode Checker(CheckKind kind, string name, IEnumerable<KeywordNode> children) =>
        Block(C, name, children, start: (c, s) => c.CurrentRealServer?.Checks.Add(new HealthCheckBuilder(kind, s.Position)));

    private static void Other(ParseContext c, Statement s)
    {
        if (c.CurrentCheck is { } check)
        {
            check.Other[s.Keyword] = ParseContext.Rest(s);
        }
    }

    // install_checker_common_keywords(): connection keywords only for network checkers.
    private static IEnumerable<KeywordNode> CommonKeywords(bool connection)
    {
        if (connection)
        {
            yield return Leaf(C, "connect_ip", static (c, s) =>
            {
                if (AddressParser.TryParseIp(c.Arg(s, 1) ?? "", out var ip))
                {
                    c.CurrentCheck!.ConnectIp = ip;
                }
            });
            yield return Leaf(C, "connect_port", static (c, s) =>
            {
                if (c.ReadUnsigned(s, 1, 0, 65535, out long v))
                {
                    c.CurrentCheck!.ConnectPort = (int)v;
                }
            });
            yield return Leaf(C, "bindto", Other);
            yield return Leaf(C, "bind_port", Other);
            yield return Leaf(C, "bind_if", Other);
            yield return Leaf(C, "connect_timeout", static (c, s) =>
            {
                if (c.ReadDecimal(s, 1, 0, uint.MaxValue, out double v))
                {
                    c.CurrentCheck!.ConnectTimeout = v;
                }
            });
            yield return Leaf(C, "fwmark", Other);
        }

        yield return Leaf(C, "retry", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 0, uint.MaxValue, out long v))
            {
                c.CurrentCheck!.Retry = (int)Math.Min(v, int.MaxValue);
            }
        });
        yield return Leaf(C, "delay_before_retry", static (c, s) =>
        {
            if (c.ReadDecimal(s, 1, 0, uint.MaxValue, out double v))
            {
                c.CurrentCheck!.DelayBeforeRetry = v;
            }
        });
        yield return Leaf(C, "warmup", Other);
        yield return Leaf(C, "delay_loop", static (c, s) =>
        {
            if (c.ReadDecimal(s, 1, 0, uint.MaxValue, out double v))
            {
                c.CurrentCheck!.DelayLoop = v;
            }
        });
        yield return Leaf(C, "alpha", Other);
        yield return Leaf(C, "log_all_failures", Other);
    }

    /// <summary>
    /// HTTP_GET / SSL_GET. <c>nb_get_retry</c> exists only here in 2.2.7 (TCP_CHECK reports it as an unknown
    /// keyword — measured); here it sets retry with "nb_get_retry is deprecated - please use 'retry'".
    /// </summary>
    private static IEnumerable<KeywordNode> HttpKeywords()
    {
        foreach (KeywordNode n in CommonKeywords(true))
        {
            yield return n;
        }

        yield return Leaf(C, "nb_get_retry", static (c, s) =>
        {
            c.Report(ConfigError.Deprecated, s.Position, "nb_get_retry is deprecated - please use 'retry'");
            if (c.ReadUnsigned(s, 1, 0, uint.MaxValue, out long v))
            {
                c.CurrentCheck!.Retry = (int)Math.Min(v, int.MaxValue);
            }
        });
        yield return Leaf(C, "virtualhost", Other);
        yield return Leaf(C, "http_protocol", Other);
        yield return Leaf(C, "enable_sni", Other);
        yield return Leaf(C, "fast_recovery", Other);
        yield return Block(C, "url",
        [
            Leaf(C, "path", static (c, s) => c.CurrentCheck!.UrlPath = c.Arg(s, 1)),
            Leaf(C, "digest", static (c, s) => c.CurrentCheck!.UrlDigest = c.Arg(s, 1)),
            Leaf(C, "status_code", static (c, s) => c.CurrentCheck!.UrlStatus.AddRange(s.Words.Skip(1))),
            Leaf(C, "virtualhost", static (c, s) => c.CurrentCheck!.UrlVirtualHost = c.Arg(s, 1)),
            .. Quiet(C, "regex regex_no_match regex_options regex_min_offset regex_max_offset regex_stack"),
        ], start: static (c, s) =>
        {
            HealthCheckBuilder? h = c.CurrentCheck;
            if (h is not null)
            {
                h.UrlPath = h.UrlDigest = h.UrlVirtualHost = null;
                h.UrlStatus = new List<string>();
                h.UrlPosition = s.Position;
            }
        }, end: static (c, _) =>
        {
            if (c.CurrentCheck is { } h)
            {
                h.Urls.Add(new UrlCheck(h.UrlPath, h.UrlDigest, h.UrlStatus.ToArray(), h.UrlVirtualHost, h.UrlPosition));
            }
        });
    }
}
