namespace KeepProxy.Config.HAProxy;

/// <summary>What <c>haproxy -c</c> gets from its command line.</summary>
/// <param name="Files">Every <c>-f</c> argument in order (files or directories).</param>
/// <param name="Quiet"><c>-q</c>: print nothing, keep the exit code.</param>
/// <param name="WarningsFatal"><c>-dW</c>: any warning makes the check fail.</param>
/// <param name="Environment">Variables for <c>${VAR}</c> expansion; null means the process environment.</param>
/// <param name="Pid">The PID shown in <c>[ALERT]    (PID) :</c>; 0 means this process's.</param>
public sealed record HAProxyCheckOptions(
    IReadOnlyList<string> Files,
    bool Quiet = false,
    bool WarningsFatal = false,
    IReadOnlyDictionary<string, string>? Environment = null,
    int Pid = 0);
