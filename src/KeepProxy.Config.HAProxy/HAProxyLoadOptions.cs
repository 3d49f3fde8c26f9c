namespace KeepProxy.Config.HAProxy;

/// <summary>How to load a haproxy configuration.</summary>
/// <param name="Environment">Variables for <c>${VAR}</c> and <c>defined()</c>; null means the process environment.</param>
/// <param name="WarningsFatal"><c>-dW</c> (or global <c>zero-warning</c>): any warning fails the load.</param>
/// <param name="CheckFiles">Check that <c>errorfile</c> and <c>crt</c> files exist, as haproxy does at parse time.</param>
/// <param name="ResolveHost">Whether a host name resolves; null means the system resolver (/etc/hosts, then DNS).</param>
public sealed record HAProxyLoadOptions(
    IReadOnlyDictionary<string, string>? Environment = null,
    bool WarningsFatal = false,
    bool CheckFiles = true,
    Func<string, bool>? ResolveHost = null)
{
    public static HAProxyLoadOptions Default { get; } = new();
}
