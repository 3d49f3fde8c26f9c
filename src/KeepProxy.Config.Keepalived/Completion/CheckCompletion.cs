using KeepProxy.Config.Keepalived.Model;
using KeepProxy.Config.Keepalived.Parsing;

namespace KeepProxy.Config.Keepalived.Completion;

/// <summary>
/// check_validate_config() as far as <c>-t</c> shows it: MISC_CHECK scripts need script security (measured:
/// "SECURITY VIOLATION - check scripts are being executed but script_security not enabled.").
/// </summary>
internal static class CheckCompletion
{
    public static void Run(ParseContext c)
    {
        bool scripts = c.VirtualServers.Exists(vs => vs.RealServers.Exists(rs =>
            rs.Checks.Exists(ch => ch.Kind == CheckKind.MiscCheck && ch.MiscPath is { } p && c.ScriptExecutable(p)) ||
            (rs.Other.TryGetValue("notify_up", out string? up) && c.ScriptExecutable(up)) ||
            (rs.Other.TryGetValue("notify_down", out string? down) && c.ScriptExecutable(down))));
        if (scripts && !c.Global.EnableScriptSecurity)
        {
            c.ReportNoLine(ConfigError.SecurityError, "SECURITY VIOLATION - check scripts are being executed but script_security not enabled.");
        }
    }
}
