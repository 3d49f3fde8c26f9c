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
        if (c.Instances.Exists(static i => i.InterfaceMissing))
        {
            c.ReportNoLine(ConfigError.GeneralError, "Non-existent interface specified in configuration");
            return;
        }

        bool scriptsRun = false;
        foreach (VrrpScriptBuilder script in c.Scripts)
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

        foreach (VrrpInstanceBuilder i in c.Instances)
        {
            if (i.Nopreempt && i.State == VrrpState.Master)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"({i.Name}) Warning - nopreempt will not work with initial state MASTER - clearing");
                i.Nopreempt = false;
            }
        }

        var inGroup = new HashSet<string>(StringComparer.Ordinal);
        foreach (VrrpSyncGroupBuilder g in c.SyncGroups)
        {
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
