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
        ip_family retry delay_before_retry warmup connect_timeout inhibit_on_failure hashed ops flag-1 flag-2
        flag-3 sh-port sh-fallback mh-port mh-fallback persistence_engine persistence_granularity
        smtp_alert virtualhost snmp_name alpha omega quorum_up quorum_down sorry_server
        sorry_server_inhibit sorry_server_lvs_method
        """;

    private const string OtherRealServer = """
        uthreshold lthreshold inhibit_on_failure notify_up notify_down alpha retry delay_before_retry warmup
        connect_timeout delay_loop smtp_alert virtualhost snmp_name
        """;

    public static IEnumerable<KeywordNode> Roots()
    {
        yield return Block(C, "SSL", Quiet(C, "password ca certificate key"));
        yield return new KeywordNode("virtual_server_group", KeywordKind.ValueBlock, C) { ValueHandler = VirtualServerGroup, Named = true };
        yield return Block(C, "virtual_server", VirtualServerKeywords(), start: StartVirtualServer);
        yield return Block(Subsystem.Bfd, "bfd_instance",
            Quiet(Subsystem.Bfd, "source_ip neighbor_ip min_rx min_tx idle_tx multiplier disabled passive ttl hoplimit max_hops weight vrrp checker"));
    }

    // vsg_handler() / alloc_vsg_entry(): "IP[-END] [PORT]" or "fwmark N [inet|inet6]" lines.
    private static void VirtualServerGroup(ParseContext c, Statement s, IReadOnlyList<Statement> lines)
    {
        string name = s.At(1) ?? "";
        var entries = new List<string>();
        foreach (Statement l in lines)
        {
            if (l.Words[0] == "fwmark")
            {
                if (NumberReader.Unsigned(l.At(1) ?? "", 0, uint.MaxValue, out _) is { } error)
                {
                    c.Report(ConfigError.InvalidNumber, l.Position, error);
                    c.Report(ConfigError.GeneralError, l.Position, $"({name}): fwmark '{l.At(1)}' must be in [0, {uint.MaxValue}] - ignoring");
                    continue;
                }
            }
            else
            {
                string? port = l.At(1);
                string? portText = port is not null && port.TrimStart('0').Length > 0 ? port : null;
                if (!SocketAddress(c, l, l.Words[0], portText, out _, out _))
                {
                    c.Report(ConfigError.GeneralError, l.Position,
                        $"Invalid virtual server group IP address {l.Words[0]} {(portText is null ? "" : "/port")}{(portText is null ? "" : "/")}{portText} - skipping");
                    continue;
                }
            }

            entries.Add(string.Join(' ', l.Words));
        }

        if (entries.Count == 0)
        {
            c.Report(ConfigError.GeneralError, c.CurrentLine.Position, $"virtual server group {name} has no entries - removing");
            return;
        }

        c.VirtualServerGroups.Add(new VirtualServerGroup(name, entries, s.Position));
    }

    // alloc_vs(): "group NAME", "fwmark N" or "IP [PORT]"; a bad one skips the block.
    private static void StartVirtualServer(ParseContext c, Statement s)
    {
        var vs = new VirtualServerBuilder(s.Position);
        string param1 = c.Arg(s, 1) ?? "";
        string? param2 = s.At(2);
        if (param1 == "group")
        {
            vs.Group = param2;
            vs.Address = "group";
        }
        else if (param1 == "fwmark")
        {
            string? error = NumberReader.Unsigned(param2 ?? "", 0, uint.MaxValue, out ulong mark);
            if (error is not null)
            {
                c.Report(ConfigError.InvalidNumber, s.Position, error);
                c.Report(ConfigError.GeneralError, s.Position, $"virtual server fwmark '{param2}' must be in [0, {uint.MaxValue}] - ignoring");
                c.SkipBlockRequested = true;
                return;
            }

            vs.Fwmark = param2;
            vs.FwmarkValue = (uint)mark;
            vs.Address = "fwmark";
        }
        else
        {
            string? portText = param2 is not null && param2.TrimStart('0').Length > 0 ? param2 : null;
            if (!SocketAddress(c, s, param1, portText, out _, out int port))
            {
                c.Report(ConfigError.GeneralError, s.Position,
                    $"Invalid virtual server IP address{(portText is null ? "" : "/port")} {param1}{(portText is null ? "" : "/" + portText)} - skipping");
                c.SkipBlockRequested = true;
                return;
            }

            vs.Address = param1;
            vs.Port = port;
        }

        c.VirtualServers.Add(vs);
    }

    /// <summary>inet_stosockaddr(): the port (when given) in [1, 65535], then the address up to any '-' or '/'.</summary>
    private static bool SocketAddress(ParseContext c, Statement s, string ip, string? portText, out System.Net.IPAddress address, out int port)
    {
        address = System.Net.IPAddress.None;
        port = 0;
        if (portText is not null)
        {
            if (NumberReader.Unsigned(portText, 1, 65535, out ulong p) is { } error)
            {
                c.Report(ConfigError.InvalidNumber, s.Position, error);
                return false;
            }

            port = (int)p;
        }

        int cut = ip.AsSpan().IndexOfAny('-', '/');
        return AddressParser.TryParseIp(cut >= 0 ? ip[..cut] : ip, out address);
    }

    private static readonly HashSet<string> Schedulers = new(StringComparer.Ordinal)
    {
        "rr", "wrr", "lc", "wlc", "lblc", "sh", "mh", "dh", "fo", "ovf", "lblcr", "sed", "nq", "twos",
    };

    private static IEnumerable<KeywordNode> VirtualServerKeywords()
    {
        // vs_delay_handler(): read_timer(1 µs .. TIMER_MAXIMUM).
        yield return Leaf(C, "delay_loop", static (c, s) =>
        {
            if (c.ReadDecimalScaled(s, 1, 1, ulong.MaxValue - 1, 6, out ulong v))
            {
                c.CurrentVirtualServer!.DelayLoop = v / 1e6;
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"virtual server delay loop '{s.Words[1]}' invalid - ignoring");
            }
        });
        yield return Leaf(C, "lb_algo", LbAlgo);
        yield return Leaf(C, "lvs_sched", LbAlgo);
        yield return Leaf(C, "lb_kind", static (c, s) => Forwarding(c, s, "virtual", m => c.CurrentVirtualServer!.ForwardingMethod = m));
        yield return Leaf(C, "lvs_method", static (c, s) => Forwarding(c, s, "virtual", m => c.CurrentVirtualServer!.ForwardingMethod = m));
        yield return Leaf(C, "persistence_timeout", static (c, s) =>
        {
            VirtualServerBuilder vs = c.CurrentVirtualServer!;
            if (s.Count < 2)
            {
                vs.PersistenceTimeout = 360;
                vs.Persistent = true;
                return;
            }

            if (c.ReadUnsigned(s, 1, 1, 86400 * 31, out long v))
            {
                vs.PersistenceTimeout = (int)v;
                vs.Persistent = true;
            }
            else
            {
                c.Report(ConfigError.GeneralError, s.Position, "persistence_timeout invalid");
            }
        });
        // proto_handler(): TCP/UDP/SCTP, case-insensitive.
        yield return Leaf(C, "protocol", static (c, s) =>
        {
            string? str = c.Arg(s, 1);
            if (str is null)
            {
                return;
            }

            int type = str.ToUpperInvariant() switch { "TCP" => 6, "UDP" => 17, "SCTP" => 132, _ => 0 };
            if (type == 0)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"Unknown protocol {str} - ignoring");
                return;
            }

            c.CurrentVirtualServer!.Protocol = str;
            c.CurrentVirtualServer.ServiceType = type;
        });
        yield return Leaf(C, "quorum", static (c, s) =>
        {
            if (!c.ReadUnsigned(s, 1, 1, uint.MaxValue, out long v))
            {
                if (s.Count < 2)
                {
                    return;
                }

                c.Report(ConfigError.GeneralError, s.Position, $"Quorum {s.Words[1]} must be in [1, {uint.MaxValue}]. Setting to 1.");
                v = 1;
            }

            c.CurrentVirtualServer!.Quorum = (uint)v;
            c.CurrentVirtualServer.Other[s.Keyword] = ParseContext.Rest(s);
        });
        yield return Leaf(C, "hysteresis", static (c, s) =>
        {
            if (!c.ReadUnsigned(s, 1, 0, uint.MaxValue, out long v))
            {
                if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Hysteresis {s.Words[1]} must be in [0, {uint.MaxValue}] - ignoring");
                }

                return;
            }

            c.CurrentVirtualServer!.Hysteresis = (uint)v;
            c.CurrentVirtualServer.Other[s.Keyword] = ParseContext.Rest(s);
        });
        yield return Leaf(C, "weight", static (c, s) =>
        {
            if (!c.ReadUnsigned(s, 1, 1, int.MaxValue, out long v))
            {
                if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Virtual server weight {s.Words[1]} is outside range 1-{int.MaxValue}");
                }

                return;
            }

            c.CurrentVirtualServer!.Weight = v;
            c.CurrentVirtualServer.Other[s.Keyword] = ParseContext.Rest(s);
        });
        yield return Leaf(C, "ha_suspend", static (c, s) =>
        {
            c.CurrentVirtualServer!.HaSuspend = true;
            c.CurrentVirtualServer.Other[s.Keyword] = ParseContext.Rest(s);
        });
        yield return Block(C, "real_server", RealServerKeywords(), start: StartRealServer);
        foreach (KeywordNode n in Quiet(C, OtherVirtualServer, static (c, s) => c.CurrentVirtualServer!.Other[s.Keyword] = ParseContext.Rest(s)))
        {
            yield return n;
        }
    }

    // lbalgo_handler(): one of lvs_schedulers[].
    private static void LbAlgo(ParseContext c, Statement s)
    {
        string? str = c.Arg(s, 1);
        if (str is null)
        {
            return;
        }

        if (!Schedulers.Contains(str))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"Invalid lvs_scheduler '{str}' - ignoring");
            return;
        }

        c.CurrentVirtualServer!.LbAlgo = str;
        c.CurrentVirtualServer.SchedSet = true;
    }

    // svr_forwarding_handler(): NAT / DR / TUN (tunnel options kept as text).
    private static void Forwarding(ParseContext c, Statement s, string type, Action<string> set)
    {
        string? str = c.Arg(s, 1);
        if (str is null)
        {
            return;
        }

        if (str is not ("NAT" or "DR" or "TUN"))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"PARSER : unknown [{str}] routing method for {type} server.");
            return;
        }

        if (type == "virtual")
        {
            c.CurrentVirtualServer!.LbKind = str;
        }

        set(str);
    }

    // alloc_rs(): "Invalid real server ip address/port 1.2.3/80 - skipping" and the block is skipped.
    private static void StartRealServer(ParseContext c, Statement s)
    {
        VirtualServerBuilder vs = c.CurrentVirtualServer!;
        string ip = c.Arg(s, 1) ?? "";
        string? port = s.At(2);
        string? portText = port is not null && port.TrimStart('0').Length > 0 ? port : null;
        if (!SocketAddress(c, s, ip, portText, out var address, out int p))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"Invalid real server ip address/port {ip}/{port ?? "(null)"} - skipping");
            c.SkipBlockRequested = true;
            return;
        }

        vs.RealServers.Add(new RealServerBuilder(address, p, s.Position) { ForwardingMethod = vs.ForwardingMethod });
    }

    private static IEnumerable<KeywordNode> RealServerKeywords()
    {
        // rs_weight_handler(): [0, IPVS_WEIGHT_MAX = INT32_MAX].
        yield return Leaf(C, "weight", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 0, int.MaxValue, out long v))
            {
                c.CurrentRealServer!.Weight = (int)v;
                c.CurrentRealServer.EffectiveWeight = v;
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"Real server weight {s.Words[1]} is outside range 0-{int.MaxValue}");
            }
        });
        yield return Leaf(C, "lvs_method", static (c, s) => Forwarding(c, s, "real", m => c.CurrentRealServer!.ForwardingMethod = m));
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
