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
            Leaf(C, "misc_path", static (c, s) =>
            {
                if (!c.SkipCheckerBody)
                {
                    c.CurrentCheck!.MiscPath = ParseContext.Rest(s);
                }
            }),
            // misc_timeout_handler(): whole seconds in [0, UINT_MAX / TIMER_HZ].
            Leaf(C, "misc_timeout", static (c, s) =>
            {
                if (c.SkipCheckerBody)
                {
                    return;
                }

                if (c.ReadUnsigned(s, 1, 0, uint.MaxValue / 1_000_000, out long v))
                {
                    c.CurrentCheck!.MiscTimeout = v;
                }
                else if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Invalid misc_timeout value '{s.Words[1]}'");
                }
            }),
            Leaf(C, "misc_dynamic", static (c, _) =>
            {
                if (!c.SkipCheckerBody)
                {
                    c.CurrentCheck!.MiscDynamic = true;
                }
            }),
            Leaf(C, "user", static (c, s) =>
            {
                // misc_user_handler(): set_script_uid_gid() fails for an unknown user and the checker is removed.
                if (s.Count < 2)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"No user specified for misc checker script {c.CurrentCheck!.MiscPath}");
                    return;
                }

                if (c.SkipCheckerBody)
                {
                    return;
                }

                if (!c.UserExists(s.Words[1]))
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Failed to set uid/gid for misc checker script {c.CurrentCheck!.MiscPath} - removing");
                    DropCurrentCheck(c);
                    c.SkipCheckerBody = true;
                    return;
                }

                Other(c, s);
            }),
        ]), end: static (c, _) =>
        {
            // misc_end_handler(): a MISC_CHECK needs misc_path.
            if (c.SkipCheckerBody)
            {
                c.SkipCheckerBody = false;
                return;
            }

            if (c.CurrentCheck is { Kind: CheckKind.MiscCheck, MiscPath: null })
            {
                c.Report(ConfigError.GeneralError, "No script path has been specified for MISC_CHECKER - skipping");
                DropCurrentCheck(c);
            }
        });
        yield return Checker(CheckKind.SmtpCheck, "SMTP_CHECK",
            new[] { Leaf(C, "helo_name", Other) }.Concat(CommonKeywords(true)).Append(Block(C, "host", CommonKeywords(true))));
        yield return Checker(CheckKind.TcpCheck, "TCP_CHECK", CommonKeywords(true), static (c, _) => ConnectionEnd(c));
        yield return Checker(CheckKind.PingCheck, "PING_CHECK", CommonKeywords(true), static (c, _) => ConnectionEnd(c));
        yield return Checker(CheckKind.UdpCheck, "UDP_CHECK", CommonKeywords(true).Concat(Quiet(C, "payload require_reply min_reply_length max_reply_length", Other)));
        yield return Checker(CheckKind.HttpGet, "HTTP_GET", HttpKeywords(), HttpEnd);
        yield return Checker(CheckKind.SslGet, "SSL_GET", HttpKeywords(), HttpEnd);
        yield return Checker(CheckKind.DnsCheck, "DNS_CHECK", CommonKeywords(true).Concat(Quiet(C, "type name", Other)));
        yield return Checker(CheckKind.FileCheck, "FILE_CHECK", Quiet(C, "track_file weight", Other));
        yield return Checker(CheckKind.BfdCheck, "BFD_CHECK", Quiet(C, "name alpha", Other));
    }

    private static KeywordNode Checker(CheckKind kind, string name, IEnumerable<KeywordNode> children,
        Action<ParseContext, Statement>? end = null) =>
        Block(C, name, children, start: (c, s) =>
        {
            c.SkipCheckerBody = false;
            if (c.CurrentRealServer is { } rs)
            {
                // queue_checker(): the connection's destination starts as the real server's address.
                rs.Checks.Add(new HealthCheckBuilder(kind, s.Position) { DstFamily = rs.Address.AddressFamily });
            }
        }, end: end);

    // http_get_check_end(): a checker with no (valid) url is dropped, then check_conn_opts().
    private static void HttpEnd(ParseContext c, Statement s)
    {
        if (c.CurrentCheck is not { Kind: CheckKind.HttpGet or CheckKind.SslGet } h)
        {
            return;
        }

        if (h.Urls.Count == 0)
        {
            c.Report(ConfigError.GeneralError, "HTTP/SSL_GET checker has no urls specified - ignoring");
            DropCurrentCheck(c);
            return;
        }

        ConnectionEnd(c);
    }

    private static void Other(ParseContext c, Statement s)
    {
        if (c.CurrentCheck is { } check)
        {
            check.Other[s.Keyword] = ParseContext.Rest(s);
        }
    }

    // install_checker_common_keywords() (check_api.c): connection keywords only for network checkers; each
    // handler adds its own "invalid - ignoring" line after the number reader's.
    private static IEnumerable<KeywordNode> CommonKeywords(bool connection)
    {
        if (connection)
        {
            // co_ip_handler(): inet_stosockaddr(), then the family must match bindto's.
            yield return Leaf(C, "connect_ip", static (c, s) =>
            {
                HealthCheckBuilder h = c.CurrentCheck!;
                if (c.Arg(s, 1) is not { } text)
                {
                    return;
                }

                if (!CheckAddress(text, out var ip))
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Invalid connect_ip address {text} - ignoring");
                    h.DstFamily = System.Net.Sockets.AddressFamily.Unspecified;
                    return;
                }

                h.ConnectIp = ip;
                h.DstFamily = ip.AddressFamily;
                if (h.BindToFamily != System.Net.Sockets.AddressFamily.Unspecified && h.BindToFamily != ip.AddressFamily)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"connect_ip address {text} does not match address family of bindto - skipping");
                    h.DstFamily = System.Net.Sockets.AddressFamily.Unspecified;
                }
            });
            yield return Leaf(C, "connect_port", static (c, s) =>
            {
                if (c.ReadUnsigned(s, 1, 1, 65535, out long v))
                {
                    c.CurrentCheck!.ConnectPort = (int)v;
                }
                else if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Invalid checker connect_port '{s.Words[1]}'");
                }
            });
            // co_srcip_handler().
            yield return Leaf(C, "bindto", static (c, s) =>
            {
                HealthCheckBuilder h = c.CurrentCheck!;
                if (c.Arg(s, 1) is not { } text)
                {
                    return;
                }

                if (!CheckAddress(text, out var ip))
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Invalid bindto address {text} - ignoring");
                    h.BindToFamily = System.Net.Sockets.AddressFamily.Unspecified;
                    return;
                }

                h.Other[s.Keyword] = text;
                h.BindToFamily = ip.AddressFamily;
                if (h.DstFamily != System.Net.Sockets.AddressFamily.Unspecified && h.DstFamily != ip.AddressFamily)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"bindto address {text} does not match address family of connect_ip - skipping");
                    h.BindToFamily = System.Net.Sockets.AddressFamily.Unspecified;
                }
            });
            yield return Leaf(C, "bind_port", static (c, s) =>
            {
                if (c.ReadUnsigned(s, 1, 1, 65535, out _))
                {
                    Other(c, s);
                }
                else if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Invalid checker bind_port '{s.Words[1]}'");
                }
            });
            // co_srcif_handler(): IFNAMSIZ - 1 characters.
            yield return Leaf(C, "bind_if", static (c, s) =>
            {
                if (c.Arg(s, 1) is not { } name)
                {
                    return;
                }

                if (name.Length > 15)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Interface name {name} is too long - ignoring");
                    return;
                }

                c.CurrentCheck!.BindIf = name;
                Other(c, s);
            });
            // co_timeout_handler(): read_timer(1 µs .. UINT_MAX µs).
            yield return Leaf(C, "connect_timeout", static (c, s) =>
            {
                if (c.ReadDecimalScaled(s, 1, 1, uint.MaxValue, 6, out ulong v))
                {
                    c.CurrentCheck!.ConnectTimeout = v / 1e6;
                }
                else if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"connect_timeout {s.Words[1]} invalid - ignoring");
                }
            });
            yield return Leaf(C, "fwmark", static (c, s) =>
            {
                if (c.ReadUnsigned(s, 1, 0, uint.MaxValue, out _))
                {
                    Other(c, s);
                }
                else if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"Invalid fwmark connection value '{s.Words[1]}'");
                }
            });
        }

        yield return Leaf(C, "retry", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 0, uint.MaxValue, out long v))
            {
                c.CurrentCheck!.Retry = (int)Math.Min(v, int.MaxValue);
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"Invalid retry connection value '{s.Words[1]}'");
            }
        });
        yield return Leaf(C, "delay_before_retry", static (c, s) =>
        {
            if (c.ReadDecimalScaled(s, 1, 0, ulong.MaxValue - 1, 6, out ulong v))
            {
                c.CurrentCheck!.DelayBeforeRetry = v / 1e6;
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"Invalid delay_before_retry connection value '{s.Words[1]}'");
            }
        });
        yield return Leaf(C, "warmup", static (c, s) =>
        {
            if (c.ReadDecimalScaled(s, 1, 0, ulong.MaxValue - 1, 6, out _))
            {
                Other(c, s);
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"Invalid warmup connection value '{s.Words[1]}'");
            }
        });
        yield return Leaf(C, "delay_loop", static (c, s) =>
        {
            if (c.ReadDecimalScaled(s, 1, 1, ulong.MaxValue - 1, 6, out ulong v))
            {
                c.CurrentCheck!.DelayLoop = v / 1e6;
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"delay_loop '{s.Words[1]}' is invalid - ignoring");
            }
        });
        yield return Leaf(C, "alpha", static (c, s) => TrueFalse(c, s, "alpha"));
        yield return Leaf(C, "log_all_failures", static (c, s) => TrueFalse(c, s, "log_all_failures"));
    }

    // check_true_false() with keepalived's "Invalid NAME parameter X".
    private static void TrueFalse(ParseContext c, Statement s, string name)
    {
        if (s.Count >= 2 && s.Words[1] is not ("true" or "on" or "yes" or "false" or "off" or "no"))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"Invalid {name} parameter {s.Words[1]}");
            return;
        }

        Other(c, s);
    }

    /// <summary>inet_stosockaddr(ip, NULL): IPv6 when the text has a ':', anything from '-' or '/' dropped.</summary>
    private static bool CheckAddress(string text, out System.Net.IPAddress address)
    {
        int cut = text.AsSpan().IndexOfAny('-', '/');
        return AddressParser.TryParseIp(cut >= 0 ? text[..cut] : text, out address);
    }

    // check_conn_opts(): a link-local IPv6 destination needs bind_if; the checker is dropped otherwise.
    private static void ConnectionEnd(ParseContext c)
    {
        if (c.CurrentCheck is { } h && h.ConnectIp is { IsIPv6LinkLocal: true } ip && h.DstFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            && h.BindIf is null)
        {
            c.Report(ConfigError.GeneralError, $"Checker link local address {ip} requires a bind_if");
            DropCurrentCheck(c);
        }
    }

    // dequeue_new_checker().
    private static void DropCurrentCheck(ParseContext c)
    {
        if (c.CurrentRealServer is { Checks.Count: > 0 } rs)
        {
            rs.Checks.RemoveAt(rs.Checks.Count - 1);
        }
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
            Leaf(C, "digest", Digest),
            Leaf(C, "status_code", StatusCode),
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
            // url_check(): a url without path is dropped.
            if (c.CurrentCheck is { } h)
            {
                if (h.UrlPath is null)
                {
                    c.Report(ConfigError.GeneralError, "HTTP/SSL_GET checker url has no path - ignoring");
                    return;
                }

                h.Urls.Add(new UrlCheck(h.UrlPath, h.UrlDigest, h.UrlStatus.ToArray(), h.UrlVirtualHost, h.UrlPosition));
            }
        });
    }

    // digest_handler(): 32 hex digits (MD5), read two at a time from the end with strtoul(…, 16).
    private static void Digest(ParseContext c, Statement s)
    {
        if (c.Arg(s, 1) is not { } digest)
        {
            return;
        }

        HealthCheckBuilder h = c.CurrentCheck!;
        if (h.UrlDigest is not null)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"Digest '{digest}' is a duplicate");
            return;
        }

        if (digest.Length != 32)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"digest '{digest}' character length should be 32 rather than {digest.Length}");
            return;
        }

        for (int i = 15; i >= 0; i--)
        {
            if (!char.IsAsciiHexDigit(digest[2 * i]) || !char.IsAsciiHexDigit(digest[2 * i + 1]))
            {
                // keepalived has cut the string after this pair (it writes a NUL per pair from the end).
                c.Report(ConfigError.GeneralError, s.Position,
                    $"Unable to interpret hex digit in '{digest[..(2 * i + 2)]}' at offset {2 * i}/{2 * i + 1}");
                return;
            }
        }

        h.UrlDigest = digest;
    }

    // status_code_handler(): each word is CODE or MIN-MAX within [100, 599].
    private static void StatusCode(ParseContext c, Statement s)
    {
        HealthCheckBuilder h = c.CurrentCheck!;
        for (int i = 1; i < s.Count; i++)
        {
            string str = s.Words[i];
            int dash = str.IndexOf('-');
            bool ok = dash < 0
                ? StatusNumber(str, out ulong min) && (min is >= 100 and <= 599)
                : StatusNumber(str[..dash], out min) && StatusNumber(str[(dash + 1)..], out ulong max)
                  && min is >= 100 and <= 599 && max is >= 100 and <= 599 && min <= max;
            if (!ok)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"Invalid HTTP_GET status code '{str}'");
                continue;
            }

            h.UrlStatus.Add(str);
        }
    }

    // strtoul(…, 10) that must consume the whole text (an empty text reads as 0).
    private static bool StatusNumber(string text, out ulong value)
    {
        value = 0;
        foreach (char ch in text)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }

            value = Math.Min(value * 10 + (ulong)(ch - '0'), uint.MaxValue + 1UL);
        }

        return true;
    }
}
