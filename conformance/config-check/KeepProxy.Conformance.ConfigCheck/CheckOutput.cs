namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>What an admin sees from one check: exit code and both streams, normalised as record.sh does.</summary>
public sealed record CheckOutput(int Exit, string Stdout, string Stderr, string Verdict, string First)
{
    /// <summary>Set when our check threw instead of printing: the exception, for the failure message.</summary>
    public string? Exception { get; init; }
}
