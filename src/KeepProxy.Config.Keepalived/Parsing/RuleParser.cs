using System.Net.Sockets;

namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// static_rules / virtual_rules lines: keepalived 2.2.7's alloc_rule() (vrrp_iprule.c) as far as <c>-t</c> shows it.
/// Measured: "from 192.168.60.0/24 table 100" → "Rule has no preference specified - setting to 16384. This is probably
/// not what you want."; "frobnicate" → "Unknown rule option frobnicate". A rejected rule is dropped.
/// </summary>
internal static class RuleParser
{
    private enum RuleAction
    {
        Unspecified,
        Table,
        Goto,
        Nop,
        Blackhole,
        Unreachable,
        Prohibit,
        L3mdev,
    }

    // Options taking one value whose value keepalived checks against tables we do not model; the value is kept.
    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "tos", "dsfield", "fwmark", "realms", "suppress_prefixlength", "sup_pl", "suppress_ifgroup", "sup_group",
        "tunnel-id", "uidrange", "protocol", "ipproto", "sport", "dport",
    };

    public static bool Parse(ParseContext c, Statement s, bool allowTrackGroup)
    {
        AddressFamily family = AddressFamily.Unspecified;
        RuleAction action = RuleAction.Unspecified;
        bool hasPriority = false;
        for (int i = 0; i < s.Count; i++)
        {
            string str = s.Words[i];
            switch (str)
            {
                case "inet" or "inet6":
                {
                    AddressFamily f = str == "inet" ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
                    if (family != AddressFamily.Unspecified && family != f)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"{str} specified for {(f == AddressFamily.InterNetwork ? "IPv6" : "IPv4")} rule");
                        return false;
                    }

                    family = f;
                    break;
                }

                case "from" or "to":
                {
                    if (c.Arg(s, ++i) is not { } text)
                    {
                        return false;
                    }

                    AddressParser.RouteDestination(c, s, text, out AddressFamily f);
                    if (f == AddressFamily.Unknown)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"Invalid rule {str} address {text}");
                        return false;
                    }

                    if (family == AddressFamily.Unspecified)
                    {
                        family = f;
                    }
                    else if (f != family)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, "rule specification has mixed IPv4 and IPv6");
                        return false;
                    }

                    break;
                }

                case "table" or "lookup":
                {
                    if (c.Arg(s, ++i) is not { } text)
                    {
                        return false;
                    }

                    if (!TryTable(text, out ulong table))
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"Routing table {text} not found for rule");
                        return false;
                    }

                    if (table == 0)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, "Table 0 is not valid");
                        return false;
                    }

                    if (action != RuleAction.Unspecified)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, "Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable for rule");
                        return false;
                    }

                    action = RuleAction.Table;
                    break;
                }

                case "not" or "no_track" or "l3mdev":
                    if (str == "l3mdev")
                    {
                        action = RuleAction.L3mdev;
                    }

                    break;
                case "preference" or "order" or "priority":
                    if (c.Arg(s, ++i) is not { } pref)
                    {
                        return false;
                    }

                    if (NumberReader.Unsigned(pref, 0, uint.MaxValue, out _) is { } prefError)
                    {
                        c.Report(ConfigError.InvalidNumber, s.Position, prefError);
                        c.Report(ConfigError.GeneralError, s.Position, $"Invalid rule preference {str} specified");
                        return false;
                    }

                    hasPriority = true;
                    break;
                case "dev" or "iif" or "oif":
                    if (c.Arg(s, ++i) is not { } name)
                    {
                        return false;
                    }

                    if (!c.InterfaceExists(name))
                    {
                        c.Report(ConfigError.GeneralError, s.Position, $"WARNING - interface {name} for rule doesn't exist");
                        return false;
                    }

                    break;
                case "track_group" when allowTrackGroup:
                    if (c.Arg(s, ++i) is null)
                    {
                        return false;
                    }

                    break;
                default:
                {
                    if (ValueOptions.Contains(str))
                    {
                        if (c.Arg(s, ++i) is null)
                        {
                            return false;
                        }

                        break;
                    }

                    if (str == "type")
                    {
                        if (c.Arg(s, ++i) is not { } t)
                        {
                            return false;
                        }

                        str = t;
                    }

                    RuleAction a;
                    switch (str)
                    {
                        case "goto":
                            if (c.Arg(s, ++i) is not { } target)
                            {
                                return false;
                            }

                            if (NumberReader.Unsigned(target, 0, uint.MaxValue, out _) is not null)
                            {
                                c.Report(ConfigError.GeneralError, s.Position, $"Invalid target {str} specified");
                                return false;
                            }

                            a = RuleAction.Goto;
                            break;
                        case "nop":
                            a = RuleAction.Nop;
                            break;
                        case "blackhole":
                            a = RuleAction.Blackhole;
                            break;
                        case "unreachable":
                            a = RuleAction.Unreachable;
                            break;
                        case "prohibit":
                            a = RuleAction.Prohibit;
                            break;
                        case "unicast" or "local" or "broadcast" or "anycast" or "multicast" or "throw" or "nat" or "xresolve":
                            c.Report(ConfigError.GeneralError, s.Position, $"Invalid rule action {str}");
                            return false;
                        default:
                            c.Report(ConfigError.GeneralError, s.Position, $"Unknown rule option {str}");
                            return false;
                    }

                    if (action != RuleAction.Unspecified)
                    {
                        c.Report(ConfigError.GeneralError, s.Position, "Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable/l3mdev for rule");
                        return false;
                    }

                    action = a;
                    break;
                }
            }
        }

        if (action == RuleAction.Goto && !hasPriority)
        {
            c.Report(ConfigError.GeneralError, s.Position, "Invalid rule - goto target specified without preference");
            return false;
        }

        if (action == RuleAction.Unspecified)
        {
            c.Report(ConfigError.GeneralError, s.Position, "No action specified for rule - ignoring");
            return false;
        }

        if (!hasPriority)
        {
            // next_rule_priority_ipv4/ipv6: one countdown per family from RULE_START_PRIORITY (16384).
            bool v6 = family == AddressFamily.InterNetworkV6;
            uint priority = v6 ? c.NextRulePriorityV6-- : c.NextRulePriorityV4--;
            c.Report(ConfigError.GeneralError, s.Position, $"Rule has no preference specified - setting to {priority}. This is probably not what you want.");
        }

        return true;
    }

    /// <summary>find_rttables_table(): a number (strtoul base 0) or one of iproute2's default table names.</summary>
    private static bool TryTable(string text, out ulong table)
    {
        switch (text)
        {
            case "default":
                table = 253;
                return true;
            case "main":
                table = 254;
                return true;
            case "local":
                table = 255;
                return true;
        }

        return NumberReader.Unsigned(text, 0, uint.MaxValue, out table) is null;
    }
}
