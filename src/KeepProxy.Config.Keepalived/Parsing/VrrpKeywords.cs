using System.Globalization;
using KeepProxy.Config.Keepalived.Model;
using KeepProxy.Config.Keepalived.Parsing.Builders;
using static KeepProxy.Config.Keepalived.Parsing.KeywordFactory;

namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>The root keywords of keepalived 2.2.7's vrrp/vrrp_parser.c (and trackers/track_file.c), read by the VRRP process.</summary>
internal static class VrrpKeywords
{
    private const Subsystem V = Subsystem.Vrrp;

    // vrrp_instance keywords recognised but not modelled one by one (kept in OtherSettings).
    private const string OtherInstance = """
        use_vmac use_vmac_addr vmac_xmit_base use_ipvlan
        native_ipv6 vrf track_file track_process track_bfd mcast_dst_ip track_src_ip unicast_ttl promote_secondaries
        linkbeat_use_polling accept no_accept skip_check_adv_addr preempt debug notify_deleted
        notify_master_rx_lower_pri notify_priority_changes
        down_timer_adverts garp_extra_if vmac_garp_intvl lower_prio_no_advert higher_prio_send_advert kernel_rx_buf_size
        """;

    public static IEnumerable<KeywordNode> Roots()
    {
        yield return Values(V, "static_ipaddress", static (c, _, lines) => AddAddresses(c, c.StaticIpAddresses, lines, staticAddress: true));
        yield return Values(V, "static_routes", static (c, _, lines) =>
        {
            foreach (Statement l in lines)
            {
                if (AddressParser.ParseRouteLine(c, l, allowTrackGroup: true) is { } route)
                {
                    c.StaticRoutes.Add(route);
                }
            }
        });
        yield return Values(V, "static_rules", static (c, _, lines) =>
        {
            foreach (Statement l in lines)
            {
                RuleParser.Parse(c, l, allowTrackGroup: true);
            }
        });
        yield return Block(V, "track_group", [Values(V, "group")]);
        yield return Block(V, "vrrp_sync_group", SyncGroupKeywords(), start: StartSyncGroup);
        yield return Block(V, "garp_group", Quiet(V, "garp_interval gna_interval interface").Append(Values(V, "interfaces")));
        yield return Values(V, "linkbeat_interfaces");
        yield return Block(V, "vrrp_instance", InstanceKeywords(), start: StartInstance);
        yield return Block(V, "vrrp_script", ScriptKeywords(), start: StartScript, end: EndScript);
        yield return Block(V, "vrrp_track_process",
            Quiet(V, "process param_match weight quorum quorum_max delay terminate_delay fork_delay full_command"));
        yield return Values(V, "interface_up_down_delays");
        yield return Block(V, "track_file", Quiet(V, "file weight init_file"));
        yield return Block(V, "vrrp_track_file", Quiet(V, "file weight init_file"));
    }

    private static IEnumerable<KeywordNode> SyncGroupKeywords()
    {
        yield return Values(V, "group", static (c, s, lines) =>
        {
            VrrpSyncGroupBuilder g = c.CurrentSyncGroup!;
            if (g.GroupSet)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"Group list already specified for sync group {g.Name}");
                return;
            }

            g.GroupSet = true;
            foreach (Statement l in lines)
            {
                g.Group.AddRange(l.Words);
            }

            if (g.Group.Count == 0)
            {
                // Reported after read_value_block(), at the block's closing line.
                c.Report(ConfigError.GeneralError, c.CurrentLine.Position, $"Warning - sync group {g.Name} has empty group block");
            }
        });
        yield return Values(V, "track_interface");
        yield return Values(V, "track_script", static (c, _, lines) => c.CurrentSyncGroup!.TrackScripts.AddRange(TrackScripts(c, null, lines)));
        yield return Values(V, "track_file");
        yield return Values(V, "track_process");
        yield return Values(V, "track_bfd");
        yield return Leaf(V, "notify_backup", static (c, s) => GroupNotify(c, s, ref c.CurrentSyncGroup!.NotifyBackup));
        yield return Leaf(V, "notify_master", static (c, s) => GroupNotify(c, s, ref c.CurrentSyncGroup!.NotifyMaster));
        yield return Leaf(V, "notify_fault", static (c, s) => GroupNotify(c, s, ref c.CurrentSyncGroup!.NotifyFault));
        yield return Leaf(V, "notify_stop", static (c, s) => GroupNotify(c, s, ref c.CurrentSyncGroup!.NotifyStop));
        yield return Leaf(V, "notify", static (c, s) => GroupNotify(c, s, ref c.CurrentSyncGroup!.Notify));
        yield return Leaf(V, "smtp_alert", static (c, _) => c.CurrentSyncGroup!.SmtpAlert = true);
        yield return Leaf(V, "global_tracking", static (c, s) => c.Report(ConfigError.GeneralError, s.Position,
            $"({c.CurrentSyncGroup!.Name}) global_tracking is deprecated. Use track_interface/script/file on the sync group"));
        yield return Leaf(V, "sync_group_tracking_weight");
        yield return Leaf(V, "notify_priority_changes");
    }

    private static void GroupNotify(ParseContext c, Statement s, ref string? slot)
    {
        string kind = s.Keyword == "notify" ? "notify" : s.Keyword;
        if (slot is not null)
        {
            c.Report(ConfigError.GeneralError, s.Position,
                $"vrrp group {c.CurrentSyncGroup!.Name}: {kind} script already specified - ignoring {s.At(1)}");
            return;
        }

        slot = ParseContext.Rest(s);
    }

    private static void StartSyncGroup(ParseContext c, Statement s)
    {
        if (s.Count != 2)
        {
            c.Report(ConfigError.GeneralError, s.Position, "vrrp_sync_group must have a name - skipping");
            c.SkipBlockRequested = true;
            return;
        }

        string name = s.Words[1];
        if (c.SyncGroups.Exists(g => g.Name == name))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"vrrp sync group {name} already defined");
            c.SkipBlockRequested = true;
            return;
        }

        c.SyncGroups.Add(new VrrpSyncGroupBuilder(name, s.Position));
    }

    private static void StartInstance(ParseContext c, Statement s)
    {
        // vrrp_handler(): exactly one name, not already used; otherwise the block is skipped.
        if (s.Count != 2)
        {
            c.Report(ConfigError.GeneralError, s.Position, "vrrp_instance must have a name");
            c.SkipBlockRequested = true;
            return;
        }

        string name = s.Words[1];
        if (c.Instances.Exists(i => i.Name == name))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"vrrp instance {name} already defined");
            c.SkipBlockRequested = true;
            return;
        }

        c.Instances.Add(new VrrpInstanceBuilder(name, s.Position));
    }

    private static IEnumerable<KeywordNode> InstanceKeywords()
    {
        yield return Leaf(V, "state", State);
        yield return Leaf(V, "interface", Interface);
        yield return Leaf(V, "dont_track_primary", static (c, _) => c.CurrentInstance!.DontTrackPrimary = true);
        // alloc_track_if(): "(VI_1) tracked interface eth9 doesn't exist", "(VI_1) duplicate track_interface eth0 - ignoring".
        yield return Values(V, "track_interface", static (c, _, lines) =>
        {
            VrrpInstanceBuilder vrrp = c.CurrentInstance!;
            foreach (Statement l in lines)
            {
                string name = l.Words[0];
                if (!c.InterfaceExists(name))
                {
                    c.Report(ConfigError.GeneralError, l.Position, $"({vrrp.Name}) tracked interface {name} doesn't exist");
                    continue;
                }

                if (vrrp.TrackInterfaces.Contains(name))
                {
                    c.Report(ConfigError.GeneralError, l.Position, $"({vrrp.Name}) duplicate track_interface {name} - ignoring");
                    continue;
                }

                vrrp.TrackInterfaces.Add(name);
            }
        });
        yield return Values(V, "track_script", static (c, _, lines) =>
            c.CurrentInstance!.TrackScripts.AddRange(TrackScripts(c, c.CurrentInstance, lines)));
        yield return Leaf(V, "mcast_src_ip", static (c, s) => SourceIp(c, s, unicast: false));
        yield return Leaf(V, "unicast_src_ip", static (c, s) =>
        {
            c.CurrentInstance!.UnicastConfigured = true;
            SourceIp(c, s, unicast: true);
        });
        yield return Values(V, "unicast_peer", UnicastPeers, start: static (c, _) => c.CurrentInstance!.UnicastConfigured = true);
        // vrrp_unicast_fault_no_peer / vrrp_check_unicast_src_handler / vrrp_unicast_chksum_handler set VRRP_FLAG_UNICAST_CONFIGURED.
        yield return Leaf(V, "unicast_fault_no_peer", static (c, s) =>
        {
            c.CurrentInstance!.UnicastConfigured = c.CurrentInstance.UnicastFaultNoPeers = true;
            c.CurrentInstance.Other[s.Keyword] = ParseContext.Rest(s);
        });
        yield return Leaf(V, "check_unicast_src", static (c, s) =>
        {
            c.CurrentInstance!.UnicastConfigured = true;
            c.CurrentInstance.Other[s.Keyword] = ParseContext.Rest(s);
        });
        yield return Leaf(V, "old_unicast_checksum", static (c, s) =>
        {
            c.CurrentInstance!.UnicastConfigured = true;
            c.CurrentInstance.Other[s.Keyword] = ParseContext.Rest(s);
        });
        // vrrp_strict_mode_handler(): true/on/yes, false/off/no, nothing = true.
        yield return Leaf(V, "strict_mode", static (c, s) =>
        {
            VrrpInstanceBuilder vrrp = c.CurrentInstance!;
            vrrp.Other[s.Keyword] = ParseContext.Rest(s);
            if (s.Count < 2)
            {
                vrrp.StrictMode = true;
            }
            else if (TrueFalse(s.Words[1]) is { } b)
            {
                vrrp.StrictMode = b;
            }
            else
            {
                c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) invalid strict_mode {s.Words[1]} specified");
            }
        });
        yield return Leaf(V, "virtual_router_id", VirtualRouterId);
        yield return Leaf(V, "version", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 2, 3, out long v))
            {
                c.CurrentInstance!.Version = (int)v;
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"({c.CurrentInstance!.Name}): Version must be either 2 or 3");
            }
        });
        yield return Leaf(V, "priority", Priority);
        yield return Leaf(V, "advert_int", AdvertInt);
        yield return Values(V, "virtual_ipaddress", static (c, _, lines) => AddVips(c, c.CurrentInstance!, lines));
        yield return Values(V, "virtual_ipaddress_excluded", static (c, _, lines) => AddAddresses(c, c.CurrentInstance!.ExcludedVips, lines));
        yield return Values(V, "virtual_routes", static (c, _, lines) =>
        {
            foreach (Statement l in lines)
            {
                if (AddressParser.ParseRouteLine(c, l) is { } route)
                {
                    c.CurrentInstance!.Routes.Add(route);
                }
            }
        });
        yield return Values(V, "virtual_rules", static (c, _, lines) =>
        {
            foreach (Statement l in lines)
            {
                RuleParser.Parse(c, l, allowTrackGroup: false);
            }
        });
        yield return Leaf(V, "nopreempt", static (c, s) =>
        {
            c.CurrentInstance!.Nopreempt = true;
            c.CurrentInstance.NopreemptPosition = s.Position;
        });
        // vrrp_preempt_delay_handler(): a decimal in [0, TIMER_MAX_SEC] seconds.
        yield return Leaf(V, "preempt_delay", static (c, s) =>
        {
            if (c.ReadDecimal(s, 1, 0, 1000, out double v))
            {
                c.CurrentInstance!.PreemptDelay = v;
                c.CurrentInstance.PreemptDelayPosition = s.Position;
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"({c.CurrentInstance!.Name}) Preempt_delay not valid! must be between 0-1000");
                c.CurrentInstance.PreemptDelay = 0;
            }
        });
        yield return Leaf(V, "notify_backup", static (c, s) => Notify(c, s, "notify_backup script", ref c.CurrentInstance!.NotifyBackup));
        yield return Leaf(V, "notify_master", static (c, s) => Notify(c, s, "notify_master script", ref c.CurrentInstance!.NotifyMaster));
        yield return Leaf(V, "notify_fault", static (c, s) => Notify(c, s, "notify_fault script", ref c.CurrentInstance!.NotifyFault));
        yield return Leaf(V, "notify_stop", static (c, s) => Notify(c, s, "notify_stop script", ref c.CurrentInstance!.NotifyStop));
        yield return Leaf(V, "notify", static (c, s) => Notify(c, s, "notify script", ref c.CurrentInstance!.Notify));
        yield return Leaf(V, "smtp_alert", static (c, _) => c.CurrentInstance!.SmtpAlert = true);
        yield return Block(V, "authentication",
        [
            Leaf(V, "auth_type", AuthType),
            Leaf(V, "auth_pass", AuthPass),
        ]);
        // vrrp_lvs_syncd_handler(): deprecated; the continuation line is indented by the name's length - 2.
        yield return Leaf(V, "lvs_sync_daemon_interface", static (c, s) =>
        {
            VrrpInstanceBuilder vrrp = c.CurrentInstance!;
            c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) Specifying lvs_sync_daemon_interface against a vrrp is deprecated.");
            c.Report(ConfigError.GeneralError, s.Position, $"      {new string(' ', Math.Max(0, vrrp.Name.Length - 2))}Please use global lvs_sync_daemon");
            if (c.Global.LvsSyncDaemonInterface is { } previous)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) lvs_sync_daemon_interface has already been specified as {previous} - ignoring");
                return;
            }

            c.Global.LvsSyncDaemonInterface = c.Arg(s, 1);
            vrrp.Other[s.Keyword] = ParseContext.Rest(s);
        });
        // vrrp_garp_*_handler(): "(VI_1): garp_master_delay 'abc' invalid - ignoring" after the number reader's line.
        yield return Leaf(V, "garp_master_delay", static (c, s) => InstanceUnsigned(c, s, 4294, $"garp_master_delay '{s.At(1)}' invalid - ignoring"));
        yield return Leaf(V, "garp_master_refresh", static (c, s) => InstanceUnsigned(c, s, uint.MaxValue, $"Invalid garp_master_refresh '{s.At(1)}' - ignoring"));
        yield return Leaf(V, "garp_master_repeat", static (c, s) => InstanceRepeat(c, s));
        yield return Leaf(V, "garp_master_refresh_repeat", static (c, s) => InstanceRepeat(c, s));
        yield return Leaf(V, "garp_lower_prio_delay", static (c, s) => InstanceUnsigned(c, s, 4294, $"garp_lower_prio_delay '{s.At(1)}' invalid - ignoring"));
        yield return Leaf(V, "garp_lower_prio_repeat", static (c, s) => InstanceUnsigned(c, s, int.MaxValue, $"Invalid garp_lower_prio_repeat '{s.At(1)}'"));
        foreach (KeywordNode n in Quiet(V, OtherInstance, static (c, s) => c.CurrentInstance!.Other[s.Keyword] = ParseContext.Rest(s)))
        {
            yield return n;
        }
    }

    private static void InstanceUnsigned(ParseContext c, Statement s, long max, string error)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        if (c.ReadUnsigned(s, 1, 0, max, out _))
        {
            vrrp.Other[s.Keyword] = ParseContext.Rest(s);
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}): {error}");
        }
    }

    private static void InstanceRepeat(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        if (!c.ReadUnsigned(s, 1, 0, uint.MaxValue, out long v))
        {
            if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}): {s.Keyword} '{s.Words[1]}' invalid - ignoring");
            }

            return;
        }

        if (v == 0)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}): {s.Keyword} must be greater than 0, setting to 1");
        }

        vrrp.Other[s.Keyword] = v == 0 ? "1" : ParseContext.Rest(s);
    }

    /// <summary>check_true_false(): null for anything but true/on/yes/false/off/no.</summary>
    internal static bool? TrueFalse(string word) => word switch
    {
        "true" or "on" or "yes" => true,
        "false" or "off" or "no" => false,
        _ => null,
    };

    // state MASTER|BACKUP (case-sensitive in 2.2.7)
    private static void State(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        string? str = c.Arg(s, 1);
        switch (str)
        {
            case null:
                return;
            case "MASTER":
                vrrp.StateSet = true;
                vrrp.State = VrrpState.Master;
                break;
            case "BACKUP":
                vrrp.StateSet = true;
                if (vrrp.State == VrrpState.Master)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) state previously set as MASTER - ignoring BACKUP");
                }

                break;
            default:
                c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) unknown state '{str}', defaulting to BACKUP");
                vrrp.StateSet = true;
                vrrp.State = VrrpState.Backup;
                break;
        }
    }

    // interface IF: measured "WARNING - interface ens33 for vrrp_instance VI_1 doesn't exist" and, for lo,
    // "(VI_1) cannot use a loopback interface (lo) for vrrp - ignoring".
    private static void Interface(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        string? name = c.Arg(s, 1);
        if (name is null)
        {
            return;
        }

        vrrp.InterfaceGiven = true;
        if (name.Length >= 16)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"Interface name '{name}' too long - ignoring");
            return;
        }

        if (!c.InterfaceExists(name))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"WARNING - interface {name} for vrrp_instance {vrrp.Name} doesn't exist");
            vrrp.Interface = name;
            vrrp.InterfaceMissing = true;
            return;
        }

        if (name == "lo")
        {
            c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) cannot use a loopback interface ({name}) for vrrp - ignoring");
            return;
        }

        vrrp.Interface = name;
    }

    private static void SourceIp(ParseContext c, Statement s, bool unicast)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        string? text = c.Arg(s, 1);
        if (text is null)
        {
            return;
        }

        if (!AddressParser.TryParseIp(text, out var ip))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"Configuration error: VRRP instance[{vrrp.Name}] malformed src address[{text}]. Skipping...");
            return;
        }

        // vrrp_srcip_handler(): the instance's family is the first one seen.
        if (vrrp.Family == System.Net.Sockets.AddressFamily.Unspecified)
        {
            vrrp.Family = ip.AddressFamily;
        }
        else if (vrrp.Family != ip.AddressFamily)
        {
            c.Report(ConfigError.GeneralError, s.Position,
                $"Configuration error: VRRP instance[{vrrp.Name}] and src address[{text}] MUST be of the same family !!! Skipping...");
            return;
        }

        if (unicast)
        {
            vrrp.UnicastSrcIp = ip;
        }
        else
        {
            vrrp.McastSrcIp = ip;
        }
    }

    private static void UnicastPeers(ParseContext c, Statement s, IReadOnlyList<Statement> lines)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        foreach (Statement l in lines)
        {
            if (!AddressParser.TryParseIp(l.Words[0], out var ip))
            {
                c.Report(ConfigError.GeneralError, l.Position,
                    $"Configuration error: VRRP instance[{vrrp.Name}] malformed unicast peer address[{l.Words[0]}]. Skipping...");
                continue;
            }

            // alloc_vrrp_unicast_peer(): the peer's family must be the instance's.
            if (vrrp.Family == System.Net.Sockets.AddressFamily.Unspecified)
            {
                vrrp.Family = ip.AddressFamily;
            }
            else if (vrrp.Family != ip.AddressFamily)
            {
                c.Report(ConfigError.GeneralError, l.Position,
                    $"Configuration error: VRRP instance[{vrrp.Name}] and unicast peer address[{l.Words[0]}] MUST be of the same family !!! Skipping...");
                continue;
            }

            vrrp.UnicastPeers.Add(ip);
        }
    }

    // virtual_router_id 1..255: measured "number '300' outside range [1, 255]" then "(VI_1): VRID '300' not valid - must be between 1 & 255".
    private static void VirtualRouterId(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        if (c.ReadUnsigned(s, 1, 1, 255, out long v))
        {
            vrrp.VirtualRouterId = (int)v;
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}): VRID '{s.Words[1]}' not valid - must be between 1 & 255");
        }
    }

    // priority 1..255: measured "(VI_2) Priority not valid! must be between 1 & 255. Using default 100".
    private static void Priority(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        if (c.ReadUnsigned(s, 1, 1, 255, out long v))
        {
            vrrp.Priority = (int)v;
            vrrp.PrioritySet = true;
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) Priority not valid! must be between 1 & 255. Using default 100");
            vrrp.Priority = 100;
            vrrp.PrioritySet = true;
        }
    }

    // advert_int: measured "number '0' outside range [0.010000, 255.000000]" then "(VI_2) Advert interval (0) not valid! Must be > 0 - ignoring".
    private static void AdvertInt(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        if (c.ReadDecimal(s, 1, 0.01, 255, out double v) && v > 0)
        {
            vrrp.AdvertInt = v;
            vrrp.AdvertIntPosition = s.Position;
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) Advert interval ({s.Words[1]}) not valid! Must be > 0 - ignoring");
        }
    }

    private static void Notify(ParseContext c, Statement s, string what, ref string? slot)
    {
        if (slot is not null)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"({c.CurrentInstance!.Name}) {what} already specified - ignoring {s.At(1)}");
            return;
        }

        slot = ParseContext.Rest(s);
    }

    // auth_type PASS|AH, case-sensitive: article 002's "auth_type pass" gets "(VI_1) unknown authentication type 'pass'".
    private static void AuthType(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        string? str = c.Arg(s, 1);
        switch (str)
        {
            case null:
                return;
            case "AH":
                vrrp.AuthType = VrrpAuthType.Ah;
                break;
            case "PASS":
                vrrp.AuthType = VrrpAuthType.Pass;
                break;
            default:
                c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) unknown authentication type '{str}'");
                return;
        }

        vrrp.AuthPosition = s.Position;
    }

    // auth_pass: at most 8 bytes; measured "Truncating auth_pass to 8 characters".
    private static void AuthPass(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        string? str = c.Arg(s, 1);
        if (str is null)
        {
            return;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(str) > 8)
        {
            c.Report(ConfigError.GeneralError, s.Position, "Truncating auth_pass to 8 characters");
            str = str.Length > 8 ? str[..8] : str;
        }

        vrrp.AuthPass = str;
    }

    /// <summary>
    /// track_script lines "NAME [weight N [reverse]]"; a name with no vrrp_script (or a removed one) gets the
    /// measured "(VI_1) track script check_nginx not found, ignoring...".
    /// </summary>
    private static IEnumerable<TrackScriptRef> TrackScripts(ParseContext c, VrrpInstanceBuilder? vrrp, IReadOnlyList<Statement> lines)
    {
        var result = new List<TrackScriptRef>();
        foreach (Statement l in lines)
        {
            string name = l.Words[0];
            VrrpScriptBuilder? script = c.Scripts.FindLast(x => x.Name == name && !x.Removed);
            if (script is null)
            {
                string owner = vrrp is not null ? vrrp.Name : c.CurrentSyncGroup?.Name ?? "";
                c.Report(ConfigError.GeneralError, l.Position, $"({owner}) track script {name} not found, ignoring...");
                continue;
            }

            string owner2 = vrrp is not null ? vrrp.Name : c.CurrentSyncGroup?.Name ?? "";
            IEnumerable<TrackScriptRef> existing = vrrp?.TrackScripts ?? c.CurrentSyncGroup?.TrackScripts ?? [];
            if (result.Exists(t => t.Name == name) || existing.Any(t => t.Name == name))
            {
                c.Report(ConfigError.GeneralError, l.Position, $"({owner2}) duplicate track_script {name} - ignoring");
                continue;
            }

            int? weight = null;
            bool reverse = script.WeightReverse;
            if (l.Count >= 2)
            {
                // alloc_track_script(): "weight N [reverse|noreverse]", N read in [-254, 254].
                if (l.Words[1] != "weight")
                {
                    c.Report(ConfigError.GeneralError, l.Position, $"({owner2}) unknown track script option {l.Words[1]} - ignoring");
                    continue;
                }

                if (l.Count == 2)
                {
                    c.Report(ConfigError.GeneralError, l.Position, $"({owner2}) weight without value specified for track script {name} - ignoring");
                    continue;
                }

                if (NumberReader.Int(l.Words[2], -254, 254, out long w) is { } error)
                {
                    c.Report(ConfigError.InvalidNumber, l.Position, error);
                    c.Report(ConfigError.GeneralError, l.Position, $"({owner2}) track script {name}: weight must be between [-253..253] inclusive, ignoring...");
                }
                else if (w is -254 or 254)
                {
                    c.Report(ConfigError.GeneralError, l.Position, $"({owner2}) weight for {name} cannot be +/-254. Setting to +/-253");
                    weight = w == -254 ? -253 : 253;
                }
                else
                {
                    weight = (int)w;
                }

                if (l.Count >= 4)
                {
                    if (l.Words[3] == "reverse")
                    {
                        reverse = true;
                    }
                    else if (l.Words[3] == "noreverse")
                    {
                        reverse = false;
                    }
                    else
                    {
                        c.Report(ConfigError.GeneralError, l.Position, $"({owner2}) unknown track_script {name} weight option {l.Words[3]} - ignoring");
                    }
                }
            }

            result.Add(new TrackScriptRef(name, weight, reverse, l.Position));
        }

        return result;
    }

    // alloc_vrrp_vip(): the first VIP sets the instance's family; another family is dropped.
    private static void AddVips(ParseContext c, VrrpInstanceBuilder vrrp, IReadOnlyList<Statement> lines)
    {
        foreach (Statement l in lines)
        {
            if (AddressParser.ParseAddressLine(c, l) is not { } entry)
            {
                continue;
            }

            if (vrrp.Family == System.Net.Sockets.AddressFamily.Unspecified)
            {
                vrrp.Family = entry.Address.AddressFamily;
            }
            else if (vrrp.Family != entry.Address.AddressFamily)
            {
                c.Report(ConfigError.GeneralError, l.Position, $"({vrrp.Name}): address family must match VRRP instance [{l.Words[0]}] - ignoring");
                continue;
            }

            vrrp.Vips.Add(entry);
        }
    }

    private static void AddAddresses(ParseContext c, List<IpAddressEntry> target, IReadOnlyList<Statement> lines, bool staticAddress = false)
    {
        foreach (Statement l in lines)
        {
            if (AddressParser.ParseAddressLine(c, l, staticAddress) is { } entry)
            {
                target.Add(entry);
            }
        }
    }

    private static IEnumerable<KeywordNode> ScriptKeywords()
    {
        yield return Leaf(V, "script", static (c, s) => c.CurrentScript!.Script = ParseContext.Rest(s));
        // vrrp_vscript_interval_handler(): 0 is accepted with a message and becomes 1.
        yield return Leaf(V, "interval", static (c, s) =>
        {
            VrrpScriptBuilder sc = c.CurrentScript!;
            if (!c.ReadUnsigned(s, 1, 0, uint.MaxValue / 1000000, out long v))
            {
                if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position,
                        $"({sc.Name}): vrrp script interval '{s.Words[1]}' must be between 1 and {uint.MaxValue / 1000000} - ignoring");
                }

                return;
            }

            if (v == 0)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"({sc.Name}): vrrp script interval must be greater than 0, setting to 1");
                v = 1;
            }

            sc.Interval = (int)v;
        });
        yield return Leaf(V, "timeout", static (c, s) =>
        {
            VrrpScriptBuilder sc = c.CurrentScript!;
            if (!c.ReadUnsigned(s, 1, 0, uint.MaxValue / 1000000, out long v))
            {
                if (s.Count > 1)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"({sc.Name}): vrrp script timeout '{s.Words[1]}' invalid - ignoring");
                }

                return;
            }

            if (v == 0)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"({sc.Name}): vrrp script timeout must be greater than 0, setting to 1");
                v = 1;
            }

            sc.Timeout = (int)v;
        });
        // vrrp_vscript_weight_handler(): the value is kept even when out of range (keepalived assigns it anyway).
        yield return Leaf(V, "weight", static (c, s) =>
        {
            VrrpScriptBuilder sc = c.CurrentScript!;
            if (!c.ReadInt(s, 1, -253, 253, out long w))
            {
                if (s.Count < 2)
                {
                    return;
                }

                c.Report(ConfigError.GeneralError, s.Position, $"vrrp_script {sc.Name} weight {s.Words[1]} must be in [-253, 253]");
            }

            sc.Weight = (int)Math.Clamp(w, int.MinValue, int.MaxValue);
            if (s.Count > 2)
            {
                if (s.Words[2] == "reverse")
                {
                    sc.WeightReverse = true;
                }
                else
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"vrrp_script {sc.Name} unknown weight option {s.Words[2]}");
                }
            }
        });
        yield return Leaf(V, "rise", static (c, s) => RiseFall(c, s, "rise", static (sc, v) => sc.Rise = v));
        yield return Leaf(V, "fall", static (c, s) => RiseFall(c, s, "fall", static (sc, v) => sc.Fall = v));
        // vrrp_vscript_user_handler(): set_script_uid_gid() fails for an unknown user and the script is removed at '}'.
        yield return Leaf(V, "user", static (c, s) =>
        {
            VrrpScriptBuilder sc = c.CurrentScript!;
            string? user = c.Arg(s, 1);
            if (user is null)
            {
                return;
            }

            if (!c.UserExists(user))
            {
                c.Report(ConfigError.GeneralError, s.Position, $"Unable to set uid/gid for script {ParseContext.CommandString(sc.Script)}");
                sc.UserFailed = true;
                return;
            }

            sc.UserFailed = false;
            sc.User = user;
        });
        yield return Leaf(V, "init_fail", static (c, _) => c.CurrentScript!.InitFail = true);
    }

    // vrrp_vscript_rise_handler() / _fall_handler(): an invalid value defaults to 1.
    private static void RiseFall(ParseContext c, Statement s, string what, Action<VrrpScriptBuilder, int> set)
    {
        if (c.ReadUnsigned(s, 1, 1, int.MaxValue, out long v))
        {
            set(c.CurrentScript!, (int)v);
        }
        else if (s.Count > 1)
        {
            c.Report(ConfigError.GeneralError, s.Position, $"({c.CurrentScript!.Name}): vrrp script {what} value '{s.Words[1]}' invalid, defaulting to 1");
            set(c.CurrentScript!, 1);
        }
    }

    private static void StartScript(ParseContext c, Statement s) =>
        c.Scripts.Add(new VrrpScriptBuilder(s.At(1) ?? "", s.Position));

    /// <summary>
    /// vrrp_script's end handler. Measured with enable_script_security and no keepalived_script user, at the '}' line:
    /// "Unable to set default user keepalived_script for script" then "Unable to set default user for vrrp script chk - removing".
    /// </summary>
    private static void EndScript(ParseContext c, Statement end)
    {
        VrrpScriptBuilder sc = c.CurrentScript!;
        if (string.IsNullOrEmpty(sc.Script))
        {
            c.Report(ConfigError.GeneralError, end.Position, $"No script set for vrrp_script {sc.Name} - removing");
            sc.Removed = true;
            return;
        }

        if (sc.UserFailed)
        {
            sc.Removed = true;
            return;
        }

        if (sc.User is null && c.Global.DefaultUserFailed)
        {
            // get_default_script_user() after a failed global script_user.
            c.Report(ConfigError.GeneralError, end.Position, $"Unable to set default user for vrrp script {sc.Name} - removing");
            sc.Removed = true;
            return;
        }

        if (sc.User is null && c.Global.ScriptUser is null && c.Global.EnableScriptSecurity && !c.UserExists("keepalived_script"))
        {
            c.Report(ConfigError.GeneralError, end.Position, "Unable to set default user keepalived_script for script");
            c.Report(ConfigError.GeneralError, end.Position, $"Unable to set default user for vrrp script {sc.Name} - removing");
            sc.Removed = true;
        }
    }
}
