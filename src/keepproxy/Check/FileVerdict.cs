namespace KeepProxy.Cli.Check;

/// <summary>What the reference-compatible check said about one file: exit code and its exact output.</summary>
public sealed record FileVerdict(string Path, string Checker, int ExitCode, string Stdout, string Stderr)
{
    public bool Valid => ExitCode == 0;

    /// <summary>haproxy prints "Warnings were found."; keepalived prints nothing when valid, so any output is a warning.</summary>
    public bool HasWarnings => Checker == "haproxy -c"
        ? Stdout.Contains("Warnings were found.", StringComparison.Ordinal)
        : Stderr.Length > 0;

    public string Summary => Valid
        ? HasWarnings ? "valid, with warnings" : "valid"
        : $"INVALID ({Checker} exit {ExitCode})";
}
