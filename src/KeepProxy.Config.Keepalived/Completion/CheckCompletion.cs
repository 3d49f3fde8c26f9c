using KeepProxy.Config.Keepalived.Model;
using KeepProxy.Config.Keepalived.Parsing;
using KeepProxy.Config.Keepalived.Parsing.Builders;

namespace KeepProxy.Config.Keepalived.Completion;

/// <summary>
/// check_validate_config() as far as <c>-t</c> shows it: validate_check_config() (check_data.c) per virtual server,
/// then MISC_CHECK / notify scripts need script security (measured: "SECURITY VIOLATION - check scripts are being
/// executed but script_security not enabled.").
/// </summary>
internal static class CheckCompletion
{
    public static void Run(ParseContext c)
    {
        foreach (VirtualServerBuilder vs in c.VirtualServers.ToArray())
        {
            Validate(c, vs);
        }

        bool scripts = c.VirtualServers.Exists(vs => vs.RealServers.Exists(rs =>
            rs.Checks.Exists(ch => ch.Kind == CheckKind.MiscCheck && ch.MiscPath is { } p && c.ScriptExecutable(p)) ||
            (rs.Other.TryGetValue("notify_up", out string? up) && c.ScriptExecutable(up)) ||
            (rs.Other.TryGetValue("notify_down", out string? down) && c.ScriptExecutable(down))) ||
            (vs.Other.TryGetValue("quorum_up", out string? qu) && c.ScriptExecutable(qu)) ||
            (vs.Other.TryGetValue("quorum_down", out string? qd) && c.ScriptExecutable(qd)));
        if (scripts && !c.Global.EnableScriptSecurity)
        {
            c.ReportNoLine(ConfigError.SecurityError, "SECURITY VIOLATION - check scripts are being executed but script_security not enabled.");
        }
    }

    /// <summary>validate_check_config() for one virtual server (sorry servers and group address ranges aside).</summary>
    private static void Validate(ParseContext c, VirtualServerBuilder vs)
    {
        if (vs.RealServers.Count == 0)
        {
            c.ReportNoLine(ConfigError.GeneralError, $"Virtual server {Format(vs)} has no real servers - ignoring");
            c.VirtualServers.Remove(vs);
            return;
        }

        bool fwmark = vs.Group is null && vs.Fwmark is not null;
        VirtualServerGroup? group = vs.Group is null ? null : c.VirtualServerGroups.Find(g => g.Name == vs.Group);
        bool groupFwmarks = group is not null && group.Entries.Any(static e => e.StartsWith("fwmark", StringComparison.Ordinal));
        bool groupAddresses = group is not null && group.Entries.Any(static e => !e.StartsWith("fwmark", StringComparison.Ordinal));
        if (vs.HaSuspend && (fwmark || groupFwmarks))
        {
            c.ReportNoLine(ConfigError.GeneralError, $"Virtual server {Format(vs)}: cannot use ha_suspend with fwmarks - clearing ha_suspend");
        }

        if (groupAddresses || (vs.Group is null && !fwmark))
        {
            if (vs.ServiceType == 0)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"Virtual server {Format(vs)}: no protocol set - defaulting to UDP");
                vs.ServiceType = 17;
            }

            if (!vs.Persistent && vs.Group is null && !fwmark && (vs.Port ?? 0) == 0)
            {
                c.ReportNoLine(ConfigError.GeneralError, $"Virtual server {Format(vs)}: zero port only valid for persistent services - setting");
                vs.Persistent = true;
            }
        }

        if (vs.ServiceType != 0 && ((group is not null && !groupAddresses && groupFwmarks) || fwmark))
        {
            c.ReportNoLine(ConfigError.GeneralError, $"Warning: Virtual server {Format(vs)}: protocol specified for fwmark - protocol will be ignored");
            vs.ServiceType = 0;
        }

        if (!vs.SchedSet)
        {
            c.ReportNoLine(ConfigError.GeneralError, $"Virtual server {Format(vs)}: no scheduler set, setting default 'wlc'");
            vs.SchedSet = true;
        }

        long weightSum = 0;
        var kept = new List<RealServerBuilder>();
        foreach (RealServerBuilder rs in vs.RealServers)
        {
            if (kept.Exists(k => k.Address.Equals(rs.Address) && k.Port == rs.Port))
            {
                c.ReportNoLine(ConfigError.GeneralError, $"VS {Format(vs)}: real server {Trio(rs.Address, vs.ServiceType, rs.Port)} is duplicated - removing second rs");
                continue;
            }

            if (rs.ForwardingMethod is null)
            {
                if (vs.ForwardingMethod is null)
                {
                    c.ReportNoLine(ConfigError.GeneralError, $"Virtual server {Format(vs)}: no forwarding method set, setting default NAT");
                    vs.ForwardingMethod = "NAT";
                }

                rs.ForwardingMethod = vs.ForwardingMethod;
            }

            rs.EffectiveWeight ??= vs.Weight;
            weightSum += rs.EffectiveWeight.Value;
            kept.Add(rs);
        }

        vs.RealServers = kept;
        if (vs.Quorum > weightSum)
        {
            c.ReportNoLine(ConfigError.GeneralError,
                $"Warning - quorum {vs.Quorum} for {Format(vs)} exceeds total weight of real servers {(uint)weightSum}, reducing quorum to {(uint)weightSum}");
            vs.Quorum = (uint)weightSum;
        }

        if (vs.Hysteresis >= vs.Quorum)
        {
            c.ReportNoLine(ConfigError.GeneralError,
                $"Virtual server {Format(vs)}: hysteresis {vs.Hysteresis} >= quorum {vs.Quorum}; setting hysteresis to {unchecked(vs.Quorum - 1)}");
            vs.Hysteresis = unchecked(vs.Quorum - 1);
        }

        if (group is not null)
        {
            if (groupFwmarks)
            {
                foreach (RealServerBuilder rs in vs.RealServers)
                {
                    if (rs.ForwardingMethod != "NAT" && rs.Port != 0)
                    {
                        c.ReportNoLine(ConfigError.GeneralError,
                            $"WARNING - fwmark virtual server {Format(vs)}, real server {Trio(rs.Address, vs.ServiceType, rs.Port)} has port specified - port will be ignored");
                    }
                }
            }

            return;
        }

        foreach (RealServerBuilder rs in vs.RealServers)
        {
            if (rs.ForwardingMethod == "NAT")
            {
                if (!fwmark && rs.Port == 0)
                {
                    rs.Port = vs.Port ?? 0;
                }

                continue;
            }

            if (fwmark)
            {
                if (rs.Port != 0)
                {
                    c.ReportNoLine(ConfigError.GeneralError,
                        $"WARNING - fwmark virtual server {Format(vs)}, real server {Trio(rs.Address, vs.ServiceType, rs.Port)} has port specified - clearing");
                    rs.Port = 0;
                }
            }
            else if (rs.Port == 0)
            {
                rs.Port = vs.Port ?? 0;
            }
            else if (rs.Port != (vs.Port ?? 0))
            {
                c.ReportNoLine(ConfigError.GeneralError,
                    $"WARNING - virtual server {Format(vs)} and real server {Trio(rs.Address, vs.ServiceType, rs.Port)} ports don't match - resetting");
                rs.Port = vs.Port ?? 0;
            }
        }
    }

    /// <summary>format_vs(): "[VSG]:0", "FWM 100" or "[ip]:tcp:80".</summary>
    private static string Format(VirtualServerBuilder vs)
    {
        if (vs.Group is not null)
        {
            return $"[{vs.Group}]:0";
        }

        if (vs.Fwmark is not null)
        {
            return $"FWM {vs.FwmarkValue}";
        }

        return Trio(AddressParser.TryParseIp(vs.Address, out var ip) ? ip : null, vs.ServiceType, vs.Port ?? 0, vs.Address);
    }

    /// <summary>inet_sockaddrtotrio(): "[addr]:proto:port".</summary>
    private static string Trio(System.Net.IPAddress? address, int serviceType, int port, string? text = null)
    {
        string proto = serviceType switch { 6 => "tcp", 17 => "udp", 132 => "sctp", 0 => "none", _ => "?" };
        return $"[{address?.ToString() ?? text}]:{proto}:{port}";
    }
}
