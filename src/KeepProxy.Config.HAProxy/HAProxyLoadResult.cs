using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy;

/// <summary>
/// The model and every diagnostic in the order haproxy 2.6 prints them, including its closing alerts
/// ("Error(s) found in configuration file : F", "Fatal errors found in configuration.").
/// </summary>
public sealed record HAProxyLoadResult(HAProxyConfig Config, IReadOnlyList<Diagnostic> Diagnostics, HAProxyVerdict Verdict)
{
    public bool HasWarnings => Diagnostics.Any(d => d.Severity == Severity.Warning);

    public bool HasAlerts => Diagnostics.Any(d => d.Severity == Severity.Alert);

    public int ExitCode => Verdict switch
    {
        HAProxyVerdict.Valid => 0,
        HAProxyVerdict.NoListener => 2,
        _ => 1,
    };
}
