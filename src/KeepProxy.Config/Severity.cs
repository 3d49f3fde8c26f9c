namespace KeepProxy.Config;

/// <summary>
/// Severity of a diagnostic, named after haproxy's log labels. keepalived has no labels, but its
/// config errors (exit 5 under <c>-t</c>) map to <see cref="Alert"/> and its plain warnings to <see cref="Warning"/>.
/// </summary>
public enum Severity
{
    Notice,
    Warning,
    Alert,
}
