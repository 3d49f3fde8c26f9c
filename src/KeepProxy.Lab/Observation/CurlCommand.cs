namespace KeepProxy.Lab.Observation;

/// <summary>Builds and reads the curl command of a client probe (pure; unit-tested).</summary>
public static class CurlCommand
{
    public const string StatusMarker = "@@KEEPPROXY-LAB-STATUS ";

    /// <summary>One bounded request: at most <paramref name="maxSeconds"/>, body then a status marker line.</summary>
    public static string Build(string url, double maxSeconds = 1.0, string extraArgs = "") =>
        FormattableString.Invariant($"curl -sS -m {maxSeconds:0.###} --connect-timeout {maxSeconds:0.###} {extraArgs} -w '\\n{StatusMarker}%{{http_code}}\\n' {Topology.HostLayout.ShellQuote(url)}");

    /// <summary>Splits curl's output into (status, body).</summary>
    public static (int Status, string Body) Parse(string stdout)
    {
        var i = stdout.LastIndexOf(StatusMarker, StringComparison.Ordinal);
        if (i < 0) return (0, stdout);
        var rest = stdout[(i + StatusMarker.Length)..].Trim();
        _ = int.TryParse(rest, out var status);
        return (status, stdout[..i].TrimEnd('\n'));
    }
}
