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
        use_vmac use_vmac_addr vmac_xmit_base use_ipvlan unicast_fault_no_peer check_unicast_src old_unicast_checksum
        native_ipv6 vrf track_file track_process track_bfd mcast_dst_ip track_src_ip unicast_ttl promote_secondaries
        linkbeat_use_polling accept no_accept skip_check_adv_addr strict_mode preempt debug notify_deleted
        notify_master_rx_lower_pri notify_priority_changes lvs_sync_daemon_interface garp_master_delay
        garp_master_refresh garp_master_repeat garp_master_refresh_repeat garp_lower_prio_delay garp_lower_prio_repeat
        down_timer_adverts garp_extra_if vmac_garp_intvl lower_prio_no_advert higher_prio_send_advert kernel_rx_buf_size
        """;

    public static IEnumerable<KeywordNode> Roots()
    {
        yield return Values(V, "static_ipaddress", static (c, _, lines) => AddAddresses(c, c.StaticIpAddresses, lines));
        yield return Values(V, "static_routes", static (c, _, lines) =>
        {
            foreach (Statement l in lines)
            {
                c.StaticRoutes.Add(AddressParser.ParseRouteLine(l));
            }
        });
        yield return Values(V, "static_rules");
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
                c.Report(ConfigError.GeneralError, s.Position, $"Warning - sync group {g.Name} has empty group block");
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
        string? name = s.At(1);
        if (name is null)
        {
            c.Report(ConfigError.GeneralError, s.Position, "vrrp_sync_group must have a name - skipping");
            name = "";
        }
        else if (c.SyncGroups.Exists(g => g.Name == name))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"vrrp sync group {name} already defined");
        }

        c.SyncGroups.Add(new VrrpSyncGroupBuilder(name, s.Position));
    }

    private static void StartInstance(ParseContext c, Statement s)
    {
        string? name = s.At(1);
        if (name is null)
        {
            c.Report(ConfigError.GeneralError, s.Position, "vrrp_instance must have a name");
            name = "";
        }
        else if (c.Instances.Exists(i => i.Name == name))
        {
            c.Report(ConfigError.GeneralError, s.Position, $"vrrp instance {name} already defined");
        }

        c.Instances.Add(new VrrpInstanceBuilder(name, s.Position));
    }

    private static IEnumerable<KeywordNode> InstanceKeywords()
    {
        yield return Leaf(V, "state", State);
        yield return Leaf(V, "interface", Interface);
        yield return Leaf(V, "dont_track_primary", static (c, _) => c.CurrentInstance!.DontTrackPrimary = true);
        yield return Values(V, "track_interface", static (c, _, lines) =>
        {
            foreach (Statement l in lines)
            {
                c.CurrentInstance!.TrackInterfaces.Add(l.Words[0]);
            }
        });
        yield return Values(V, "track_script", static (c, _, lines) =>
            c.CurrentInstance!.TrackScripts.AddRange(TrackScripts(c, c.CurrentInstance, lines)));
        yield return Leaf(V, "mcast_src_ip", static (c, s) => SourceIp(c, s, unicast: false));
        yield return Leaf(V, "unicast_src_ip", static (c, s) => SourceIp(c, s, unicast: true));
        yield return Values(V, "unicast_peer", UnicastPeers);
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
        yield return Values(V, "virtual_ipaddress", static (c, _, lines) => AddAddresses(c, c.CurrentInstance!.Vips, lines));
        yield return Values(V, "virtual_ipaddress_excluded", static (c, _, lines) => AddAddresses(c, c.CurrentInstance!.ExcludedVips, lines));
        yield return Values(V, "virtual_routes", static (c, _, lines) =>
        {
            foreach (Statement l in lines)
            {
                c.CurrentInstance!.Routes.Add(AddressParser.ParseRouteLine(l));
            }
        });
        yield return Values(V, "virtual_rules");
        yield return Leaf(V, "nopreempt", static (c, s) =>
        {
            c.CurrentInstance!.Nopreempt = true;
            c.CurrentInstance.NopreemptPosition = s.Position;
        });
        yield return Leaf(V, "preempt_delay", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 0, 1000, out long v))
            {
                c.CurrentInstance!.PreemptDelay = (int)v;
            }
            else if (s.Count > 1)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"({c.CurrentInstance!.Name}) Preempt_delay not valid! must be between 0-1000");
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
        foreach (KeywordNode n in Quiet(V, OtherInstance, static (c, s) => c.CurrentInstance!.Other[s.Keyword] = ParseContext.Rest(s)))
        {
            yield return n;
        }
    }

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
                vrrp.State = VrrpState.Master;
                break;
            case "BACKUP":
                if (vrrp.State == VrrpState.Master)
                {
                    c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) state previously set as MASTER - ignoring BACKUP");
                }

                break;
            default:
                c.Report(ConfigError.GeneralError, s.Position, $"({vrrp.Name}) unknown state '{str}', defaulting to BACKUP");
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

        if (!c.Interfaces.Contains(name))
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
        }
    }

    // advert_int: measured "number '0' outside range [0.010000, 255.000000]" then "(VI_2) Advert interval (0) not valid! Must be > 0 - ignoring".
    private static void AdvertInt(ParseContext c, Statement s)
    {
        VrrpInstanceBuilder vrrp = c.CurrentInstance!;
        if (c.ReadDecimal(s, 1, 0.01, 255, out double v))
        {
            vrrp.AdvertInt = v;
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

            int? weight = null;
            bool reverse = false;
            if (l.Count > 2 && l.Words[1] == "weight" &&
                int.TryParse(l.Words[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int w))
            {
                weight = w;
                reverse = l.Count > 3 && l.Words[3] == "reverse";
            }

            result.Add(new TrackScriptRef(name, weight, reverse, l.Position));
        }

        return result;
    }

    private static void AddAddresses(ParseContext c, List<IpAddressEntry> target, IReadOnlyList<Statement> lines)
    {
        foreach (Statement l in lines)
        {
            if (AddressParser.ParseAddressLine(c, l) is { } entry)
            {
                target.Add(entry);
            }
        }
    }

    private static IEnumerable<KeywordNode> ScriptKeywords()
    {
        yield return Leaf(V, "script", static (c, s) => c.CurrentScript!.Script = ParseContext.Rest(s));
        yield return Leaf(V, "interval", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 0, uint.MaxValue / 1000000, out long v))
            {
                c.CurrentScript!.Interval = v == 0 ? 1 : (int)v;
            }
        });
        yield return Leaf(V, "timeout", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 0, uint.MaxValue / 1000000, out long v))
            {
                c.CurrentScript!.Timeout = v == 0 ? 1 : (int)v;
            }
        });
        yield return Leaf(V, "weight", static (c, s) =>
        {
            VrrpScriptBuilder sc = c.CurrentScript!;
            string? text = c.Arg(s, 1);
            if (text is null)
            {
                return;
            }

            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int w) || w < -253 || w > 253)
            {
                c.Report(ConfigError.GeneralError, s.Position, $"vrrp_script {sc.Name} weight {text} must be in [-253, 253]");
                return;
            }

            sc.Weight = w;
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
        yield return Leaf(V, "rise", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 1, int.MaxValue, out long v))
            {
                c.CurrentScript!.Rise = (int)v;
            }
        });
        yield return Leaf(V, "fall", static (c, s) =>
        {
            if (c.ReadUnsigned(s, 1, 1, int.MaxValue, out long v))
            {
                c.CurrentScript!.Fall = (int)v;
            }
        });
        yield return Leaf(V, "user", static (c, s) => c.CurrentScript!.User = c.Arg(s, 1));
        yield return Leaf(V, "init_fail", static (c, _) => c.CurrentScript!.InitFail = true);
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

        if (sc.User is null && c.Global.ScriptUser is null && c.Global.EnableScriptSecurity && !c.UserExists("keepalived_script"))
        {
            c.Report(ConfigError.GeneralError, end.Position, "Unable to set default user keepalived_script for script");
            c.Report(ConfigError.GeneralError, end.Position, $"Unable to set default user for vrrp script {sc.Name} - removing");
            sc.Removed = true;
        }
    }
}
