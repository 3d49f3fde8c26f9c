using System.Globalization;
using static KeepProxy.Config.Keepalived.Parsing.KeywordFactory;

namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// global_defs and the other root keywords of keepalived 2.2.7's core/global_parser.c. Only the parent process
/// reads them; the article keywords are modelled, the rest are recognised and kept as text.
/// </summary>
internal static class GlobalKeywords
{
    private const Subsystem G = Subsystem.Global;

    // global_defs keywords of 2.2.7 (this build: NFTABLES, SNMP, DBUS, JSON; no iptables) that are not modelled one by one.
    private const string OtherGlobalDefs = """
        process_names process_name vrrp_process_name checker_process_name lvs_process_name bfd_process_name
        smtp_helo_name smtp_alert startup_script startup_script_timeout shutdown_script shutdown_script_timeout
        max_auto_priority min_auto_priority_delay smtp_alert_vrrp smtp_alert_checker checker_log_all_failures
        dynamic_interfaces no_email_faults default_interface disable_local_igmp lvs_timeouts lvs_flush
        lvs_flush_on_stop lvs_flush_onstop lvs_sync_daemon vrrp_mcast_group4 vrrp_mcast_group6
        vrrp_down_timer_adverts vrrp_lower_prio_no_advert vrrp_higher_prio_send_advert
        vrrp_ipsets nftables nftables_priority nftables_ifindex nftables_ipvs nftables_ipvs_priority
        nftables_ipvs_start_fwmark nftables_counters vrrp_check_unicast_src vrrp_skip_check_adv_addr vrrp_strict
        vrrp_priority vrrp_no_swap vrrp_rt_priority vrrp_cpu_affinity vrrp_rlimit_rttime vrrp_rlimit_rtime
        notify_fifo notify_fifo_script vrrp_notify_fifo vrrp_notify_fifo_script vrrp_notify_priority_changes
        fifo_write_vrrp_states_on_reload lvs_notify_fifo lvs_notify_fifo_script checker_priority checker_no_swap
        checker_rt_priority checker_cpu_affinity checker_rlimit_rttime checker_rlimit_rtime bfd_priority bfd_no_swap
        bfd_rt_priority bfd_cpu_affinity bfd_rlimit_rttime bfd_rlimit_rtime snmp_socket enable_snmp_vrrp
        enable_snmp_keepalived enable_snmp_rfc enable_snmp_rfcv2 enable_snmp_rfcv3 enable_snmp_checker enable_dbus
        dbus_service_name vrrp_netlink_cmd_rcv_bufs vrrp_netlink_cmd_rcv_bufs_force vrrp_netlink_monitor_rcv_bufs
        vrrp_netlink_monitor_rcv_bufs_force process_monitor_rcv_bufs process_monitor_rcv_bufs_force
        lvs_netlink_cmd_rcv_bufs lvs_netlink_cmd_rcv_bufs_force lvs_netlink_monitor_rcv_bufs
        lvs_netlink_monitor_rcv_bufs_force rs_init_notifies no_checker_emails vrrp_rx_bufs_policy
        vrrp_rx_bufs_multiplier vrrp_startup_delay log_unknown_vrids vmac_prefix vmac_addr_prefix umask random_seed
        reload_check_config reload_time_file reload_repeat reload_file include_check config_save_dir
        tmp_config_directory data_use_instance
        """;

    // vrrp_garp_* / vrrp_gna_* / vrrp_min_garp defaults for all instances.
    private const string GarpKeywords = """
        vrrp_garp_master_delay vrrp_garp_master_repeat vrrp_garp_master_refresh vrrp_garp_master_refresh_repeat
        vrrp_garp_lower_prio_delay vrrp_garp_lower_prio_repeat vrrp_garp_interval vrrp_gna_interval vrrp_min_garp
        vrrp_garp_extra_if vrrp_vmac_garp_intvl
        """;

    // Root keywords of core/global_parser.c besides global_defs.
    private const string OtherRoots = "linkbeat_use_polling net_namespace net_namespace_ipvs namespace_with_ipsets use_pid_dir instance child_wait_time";

    public static IEnumerable<KeywordNode> Roots()
    {
        foreach (KeywordNode node in Quiet(G, OtherRoots))
        {
            yield return node;
        }

        var children = new List<KeywordNode>
        {
            Leaf(G, "router_id", static (c, s) => c.Global.RouterId = c.Arg(s, 1)),
            Leaf(G, "notification_email_from", static (c, s) => c.Global.NotificationEmailFrom = c.Arg(s, 1)),
            Leaf(G, "smtp_server", SmtpServer),
            Leaf(G, "smtp_connect_timeout", SmtpConnectTimeout),
            Values(G, "notification_email", static (c, _, lines) =>
            {
                foreach (Statement l in lines)
                {
                    c.Global.NotificationEmail.AddRange(l.Words);
                }
            }),
            Leaf(G, "enable_traps", static (c, _) => c.Global.EnableTraps = true),
            Leaf(G, "script_user", ScriptUser),
            Leaf(G, "enable_script_security", static (c, _) => c.Global.EnableScriptSecurity = true),
            Leaf(G, "vrrp_version", VrrpVersion),
        };
        children.AddRange(GarpHandlers());
        children.AddRange(Quiet(G, GarpKeywords, static (c, s) => c.Global.VrrpGarp[s.Keyword] = ParseContext.Rest(s)));
        children.AddRange(Quiet(G, OtherGlobalDefs, static (c, s) => c.Global.Other[s.Keyword] = ParseContext.Rest(s)));
        yield return Block(G, "global_defs", children, start: static (c, s) => c.Global.Position = s.Position);
    }

    // smtpserver_handler(): an IP literal (inet_stosockaddr), else a name through getaddrinfo (domain_stosockaddr);
    // the port must be in [1, 65535]. Measured with no DNS: "(Line 20) Invalid smtp server smtp.abc.com 25".
    private static void SmtpServer(ParseContext c, Statement s)
    {
        string? host = c.Arg(s, 1);
        if (host is null)
        {
            return;
        }

        string portText = s.At(2) ?? "25";
        bool valid = NumberReader.Unsigned(portText, 1, 65535, out ulong port) is null;
        if (valid && (host.AsSpan().IndexOfAny('-', '/') >= 0 || !AddressParser.TryParseIp(host, out _)))
        {
            valid = c.HostResolves(host);
        }

        if (!valid)
        {
            // read_unsigned(port, ..., ignore_error=true) reports a bad port itself.
            if (NumberReader.Unsigned(portText, 1, 65535, out _) is { } portError)
            {
                c.Report(ConfigError.InvalidNumber, s.Position, portError);
            }

            c.Report(ConfigError.GeneralError, s.Position, $"Invalid smtp server {host} {portText}");
            return;
        }

        c.Global.SmtpServer = host;
        c.Global.SmtpServerPort = (int)port;
    }

    // smtp_connect_timeout: measured "invalid number 'abc'" then "smtp_connect_timeout 'abc' must be in [0, 4294] - ignoring".
    private static void SmtpConnectTimeout(ParseContext c, Statement s)
    {
        if (c.ReadUnsigned(s, 1, 0, 4294, out long v))
        {
            c.Global.SmtpConnectTimeout = (int)v;
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"smtp_connect_timeout '{s.Words[1]}' must be in [0, 4294] - ignoring");
        }
    }

    // global_parser.c's vrrp_garp_* / vrrp_gna_* handlers; a valid value is kept as text in VrrpGarp.
    private static IEnumerable<KeywordNode> GarpHandlers()
    {
        yield return Leaf(G, "vrrp_garp_master_delay", static (c, s) => GarpUnsigned(c, s, 4294, $"vrrp_garp_master_delay '{s.At(1)}' invalid - ignoring"));
        yield return Leaf(G, "vrrp_garp_master_repeat", static (c, s) => GarpRepeat(c, s));
        yield return Leaf(G, "vrrp_garp_master_refresh", static (c, s) => GarpUnsigned(c, s, uint.MaxValue, $"Invalid vrrp_garp_master_refresh '{s.At(1)}' - ignoring"));
        yield return Leaf(G, "vrrp_garp_master_refresh_repeat", static (c, s) => GarpRepeat(c, s));
        yield return Leaf(G, "vrrp_garp_lower_prio_delay", static (c, s) => GarpUnsigned(c, s, 4294, $"vrrp_garp_lower_prio_delay '{s.At(1)}' invalid - ignoring"));
        yield return Leaf(G, "vrrp_garp_lower_prio_repeat", static (c, s) => GarpUnsigned(c, s, int.MaxValue, $"Invalid vrrp_garp_lower_prio_repeat '{s.At(1)}'"));
        // vrrp_garp_interval_handler() / vrrp_gna_interval_handler(): read_decimal_unsigned_strvec(1 µs .. UINT_MAX µs).
        yield return Leaf(G, "vrrp_garp_interval", static (c, s) => GarpInterval(c, s));
        yield return Leaf(G, "vrrp_gna_interval", static (c, s) => GarpInterval(c, s));
        yield return Leaf(G, "vrrp_min_garp", static (c, s) =>
        {
            if (s.Count >= 2 && s.Words[1] is not ("true" or "on" or "yes" or "false" or "off" or "no"))
            {
                c.Report(ConfigError.GeneralError, s.Position, "Invalid value for vrrp_min_garp specified");
                return;
            }

            c.Global.VrrpGarp[s.Keyword] = ParseContext.Rest(s);
        });
    }

    private static void GarpUnsigned(ParseContext c, Statement s, long max, string error)
    {
        if (c.ReadUnsigned(s, 1, 0, max, out _))
        {
            c.Global.VrrpGarp[s.Keyword] = ParseContext.Rest(s);
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, error);
        }
    }

    // vrrp_garp_rep_handler() / vrrp_garp_refresh_rep_handler(): 0 is accepted as 1 with a complaint (measured:
    // "(Line 3) vrrp_garp_master_repeat must be greater than 0, setting to 1").
    private static void GarpRepeat(ParseContext c, Statement s)
    {
        if (!c.ReadUnsigned(s, 1, 0, uint.MaxValue, out long v))
        {
            if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"{s.Keyword} '{s.Words[1]}' invalid - ignoring");
            }

            return;
        }

        if (v == 0)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"{s.Keyword} must be greater than 0, setting to 1");
        }

        c.Global.VrrpGarp[s.Keyword] = v == 0 ? "1" : ParseContext.Rest(s);
    }

    // Measured: "vrrp_garp_interval 0" → "number '0' outside range [0.000001, 4294.967295]" then
    // "vrrp_garp_interval '0' is invalid"; the "very large" note goes to the log only.
    private static void GarpInterval(ParseContext c, Statement s)
    {
        if (c.ReadDecimalScaled(s, 1, 1, uint.MaxValue, 6, out _))
        {
            c.Global.VrrpGarp[s.Keyword] = ParseContext.Rest(s);
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"{s.Keyword} '{s.Words[1]}' is invalid");
        }
    }

    // script_user_handler(): set_default_script_user(); an unknown user (or group) only says
    // "Error setting global script uid/gid" (measured; set_uid_gid's own lines go to the log only).
    private static void ScriptUser(ParseContext c, Statement s)
    {
        if (s.Count < 2)
        {
            c.Report(ConfigError.GeneralError, s.Position, "No script username specified");
            return;
        }

        string user = s.Words[1];
        if (!c.UserExists(user))
        {
            c.Global.DefaultUserFailed = true;
            c.Report(ConfigError.GeneralError, s.Position, "Error setting global script uid/gid");
            return;
        }

        c.Global.ScriptUser = user;
        c.Global.ScriptGroup = s.At(2);
    }

    private static void VrrpVersion(ParseContext c, Statement s)
    {
        if (c.ReadUnsigned(s, 1, 2, 3, out long v))
        {
            c.Global.VrrpVersion = (int)v;
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, "Unknown VRRP version");
        }
    }
}
