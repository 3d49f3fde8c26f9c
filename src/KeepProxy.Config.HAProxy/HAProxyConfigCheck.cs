namespace KeepProxy.Config.HAProxy;

/// <summary>
/// <c>haproxy -c</c>: loads the files, prints diagnostics exactly as haproxy 2.6 does (stdout/stderr split,
/// [NOTICE]/[WARNING]/[ALERT] lines) and returns haproxy's exit code. Used by proxyd, keepproxy and the
/// conformance suite in-process.
/// </summary>
public static class HAProxyConfigCheck
{
    public static int Run(HAProxyCheckOptions options, TextWriter stdout, TextWriter stderr) =>
        throw new NotImplementedException("to be written by the haproxy parser work");
}
