using System.Globalization;
using KeepProxy.Config.Keepalived.Model;
using KeepProxy.Config.Keepalived.Parsing;
using KeepProxy.Config.Keepalived.Parsing.Builders;

namespace KeepProxy.Config.Keepalived.Completion;

/// <summary>
/// vrrp_complete_init() as far as <c>-t</c> shows it, in the order measured on keepalived 2.2.7:
/// non-existent interfaces stop everything; then scripts that cannot be found; then script security; then per
/// instance chk_min_cfg and the nopreempt/MASTER clash; then sync groups; then VRID clashes on one interface.
/// </summary>
internal static class VrrpCompletion
{
    public static void Run(ParseContext c)
    {
        if (c.NonExistentInterfaceSpecified || c.Instances.Exists(static i => i.InterfaceMissing))
        {
            c.ReportNoLine(ConfigError.GeneralError, "Non-existent interface specified in configuration");
            return;
        }

        // check_vrrp_script_security() returns at once when there is no vrrp_instance: scripts are then neither
        // checked nor counted (mut-003-backup-keepalived-01: a vrrp_script and no instance → exit 5, not 6).
        bool scriptsRun = false;
        foreach (VrrpScriptBuilder script in c.Instances.Count == 0 ? [] : c.Scripts)
        {
            if (script.Removed)
            {
                continue;
            }

            if (!c.ScriptExecutable(script.Script!))
            {
                c.ReportNoLine(ConfigError.GeneralError, $"Disabling track script {script.Name} since not found/accessible");
                script.Removed = true;
                continue;
            }

            scriptsRun = true;
        }

        foreach (VrrpInstanceBuilder i in c.Instances)
        {
            scriptsRun |= NotifyRuns(c, i.NotifyMaster, i.NotifyBackup, i.NotifyFault, i.NotifyStop, i.Notify);
        }

        foreach (VrrpSyncGroupBuilder g in c.SyncGroups)
        {
            scriptsRun |= NotifyRuns(c, g.NotifyMaster, g.NotifyBackup, g.NotifyFault, g.NotifyStop, g.Notify);
        }

        if (scriptsRun && !c.Global.EnableScriptSecurity)
        {
            c.ReportNoLine(ConfigError.SecurityError, "SECURITY VIOLATION - scripts are being executed but script_security not enabled.");
        }

        foreach (VrrpInstanceBuilder i in c.Instances)
        {
            if (i.VirtualRouterId == 0)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) the virtual router id must be set");
                return;
            }

            if (i.Interface is null)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Unknown interface!");
                return;
            }
        }

        var inGroup = new HashSet<string>(StringComparer.Ordinal);
        foreach (VrrpSyncGroupBuilder g in c.SyncGroups)
        {
            if (g.Group.Count == 0)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"Sync group {g.Name} has no virtual router(s). removing");
                continue;
            }

            var members = new List<string>();
            foreach (string name in g.Group)
            {
                if (!c.Instances.Exists(i => i.Name == name))
                {
                    c.ReportNoLine(ConfigError.GeneralError, $"Virtual router {name} specified in sync group {g.Name} doesn't exist - ignoring");
                    continue;
                }

                if (!inGroup.Add(name))
                {
                    c.ReportNoLine(ConfigError.GeneralError, $"Virtual router {name} cannot exist in more than one sync group; ignoring {g.Name}");
                    continue;
                }

                members.Add(name);
            }

            if (members.Count == 0)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"Sync group {g.Name}, no matching virtual router found in group declaration - removing");
            }
            else if (members.Count == 1)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"Sync group {g.Name} has only 1 virtual router(s) - this probably isn't what you want");
            }
        }

        foreach (VrrpInstanceBuilder i in c.Instances)
        {
            if (!CompleteInstance(c, i))
            {
                return;
            }
        }

        // Measured: "VI_1 and VI_2 both use VRID 51 with IPv4 on interface eth0".
        for (int a = 0; a < c.Instances.Count; a++)
        {
            for (int b = a + 1; b < c.Instances.Count; b++)
            {
                VrrpInstanceBuilder x = c.Instances[a], y = c.Instances[b];
                if (x.VirtualRouterId == y.VirtualRouterId && x.Interface == y.Interface && IsV6(x) == IsV6(y))
                {
                    c.ReportNoLine(ConfigError.GeneralError,
                        $"{x.Name} and {y.Name} both use VRID {x.VirtualRouterId} with {(IsV6(x) ? "IPv6" : "IPv4")} on interface {x.Interface}");
                }
            }
        }
    }

    /// <summary>vrrp_complete_instance(): the checks that -t reports; false stops the VRRP completion.</summary>
    private static bool CompleteInstance(ParseContext c, VrrpInstanceBuilder i)
    {
        bool strict = i.StrictMode ?? c.Global.Other.ContainsKey("vrrp_strict");
        bool v6 = IsV6(i);
        int version = i.Version ?? (v6 ? 3 : c.Global.VrrpVersion ?? 2);
        if (v6 && version == 2 && strict)
        {
            c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) cannot use IPv6 with VRRP version 2; setting version 3");
            version = 3;
        }

        if (i.Vips.Count == 0)
        {
            if (version == 3 || strict)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) No VIP specified; at least one is required");
                return false;
            }

            c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) No VIP specified; at least one is sensible");
        }

        int priority = i.PrioritySet ? i.Priority : i.StateSet && i.State == VrrpState.Master ? 255 : 100;
        i.Priority = priority;
        if (!i.StateSet)
        {
            i.State = priority == 255 ? VrrpState.Master : VrrpState.Backup;
        }
        else if (strict && (i.State == VrrpState.Master) != (priority == 255))
        {
            c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) State MASTER must match being address owner");
            i.State = priority == 255 ? VrrpState.Master : VrrpState.Backup;
        }

        if (i.AuthType != VrrpAuthType.None)
        {
            if (strict)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Strict mode does not support authentication. Ignoring.");
                i.AuthType = VrrpAuthType.None;
            }
            else if (version == 3)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) VRRP version 3 does not support authentication. Ignoring.");
                i.AuthType = VrrpAuthType.None;
            }
            else if (string.IsNullOrEmpty(i.AuthPass))
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Authentication specified but no password given. Ignoring");
                i.AuthType = VrrpAuthType.None;
            }
            else if (v6 && i.AuthType == VrrpAuthType.Ah)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Cannot use AH authentication with IPv6. ignoring");
                i.AuthType = VrrpAuthType.None;
            }
            else if (i.AuthType == VrrpAuthType.Ah && i.State == VrrpState.Master && priority != 255)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Initial state master is incompatible with AH authentication - clearing");
                i.State = VrrpState.Backup;
            }
        }

        bool unicast = false;
        if (i.UnicastConfigured)
        {
            if (i.UnicastPeers.Count > 0)
            {
                unicast = true;
            }
            else if (!i.UnicastFaultNoPeers)
            {
                c.ReportNoLine(ConfigError.Deprecated,
                    $"({i.Name}) A unicast keyword has been specified without any unicast peers. Defaulting to multicast. This usage is deprecated - please update your configuration.");
            }
        }

        if (strict && unicast && i.Interface is not null)
        {
            c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Unicast peers are not supported in strict mode");
            return false;
        }

        if (priority == 255 && i.Nopreempt)
        {
            c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) nopreempt is incompatible with priority 255. resetting nopreempt");
            i.Nopreempt = false;
        }

        if (i.State == VrrpState.Master)
        {
            if (i.Nopreempt)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Warning - nopreempt will not work with initial state MASTER - clearing");
                i.Nopreempt = false;
            }

            if (i.PreemptDelay > 0)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Warning - preempt delay will not work with initial state MASTER - clearing");
                i.PreemptDelay = 0;
            }
        }

        if (i.PreemptDelay > 0)
        {
            if (strict)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) preempt_delay is incompatible with strict mode - resetting");
                i.PreemptDelay = 0;
            }

            if (i.Nopreempt)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) preempt_delay is incompatible with nopreempt mode - resetting");
                i.PreemptDelay = 0;
            }
        }

        // The advertisement interval: VRRPv2 whole seconds below 256, VRRPv3 centiseconds below 40.96 s.
        long adver = (long)Math.Round(i.AdvertInt * 1_000_000);
        if (adver == 0)
        {
            adver = 1_000_000;
        }

        if (version == 2)
        {
            if (adver >= 256 * 1_000_000L)
            {
                c.ReportNoLine(ConfigError.GeneralError, string.Create(CultureInfo.InvariantCulture,
                    $"({i.Name}) VRRPv2 advertisement interval {adver / 1e6:F2}s is out of range. Must be less than 256s. Setting to 255s"));
                adver = 255 * 1_000_000L;
            }
            else if (adver % 1_000_000 != 0)
            {
                c.ReportNoLine(ConfigError.GeneralError, string.Create(CultureInfo.InvariantCulture,
                    $"({i.Name}) VRRPv2 advertisement interval {adver / 1e6:F6}s must be an integer. rounding"));
                adver += 500_000;
                adver -= adver % 1_000_000;
                if (adver == 0)
                {
                    adver = 1_000_000;
                }
            }
        }
        else
        {
            if (adver >= 4096 * 10_000L)
            {
                c.ReportNoLine(ConfigError.GeneralError, string.Create(CultureInfo.InvariantCulture,
                    $"({i.Name}) VRRPv3 advertisement interval {adver / 1e6:F2}s is out of range. Must be less than 40.96s. Setting to 40.95s"));
                adver = 4095 * 10_000L;
            }
            else if (adver % 10_000 != 0)
            {
                c.ReportNoLine(ConfigError.GeneralError, string.Create(CultureInfo.InvariantCulture,
                    $"({i.Name}) VRRPv3 advertisement interval {adver / 1e6:F6}s must be in units of 10ms - rounding"));
                adver += 5_000;
                adver -= adver % 10_000;
                if (adver == 0)
                {
                    adver = 10_000;
                }
            }
        }

        i.AdvertInt = adver / 1e6;
        return true;
    }

    private static bool IsV6(VrrpInstanceBuilder i) =>
        i.Vips.Count > 0 && i.Vips[0].Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;

    private static bool NotifyRuns(ParseContext c, params string?[] scripts)
    {
        bool any = false;
        foreach (string? s in scripts)
        {
            any |= s is not null && c.ScriptExecutable(s);
        }

        return any;
    }
}
