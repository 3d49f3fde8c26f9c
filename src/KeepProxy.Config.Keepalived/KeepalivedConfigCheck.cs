namespace KeepProxy.Config.Keepalived;

/// <summary>
/// <c>keepalived -t</c>: parses the file, prints diagnostics as keepalived 2.2.7 does and returns its exit code
/// (0 valid, 5 config error, 6 script security). Used by vrrpd, keepproxy and the conformance suite in-process.
/// </summary>
public static class KeepalivedConfigCheck
{
    public static int Run(KeepalivedCheckOptions options, TextWriter stdout, TextWriter stderr) =>
        throw new NotImplementedException("to be written by the keepalived parser work");
}
