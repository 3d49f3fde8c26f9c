namespace KeepProxy.Benchmarks;

/// <summary>One timed thing: its median, or why it has none ("not implemented", "not published", …).</summary>
public sealed record Sample(string Name, double? MedianMs, string? Note, int? ExitCode = null, int Runs = 0)
{
    public static Sample Unavailable(string name, string why) => new(name, null, why);

    public string Cell => MedianMs is { } ms ? FormatMs(ms) : Note ?? "n/a";

    public static string FormatMs(double ms) => ms >= 100 ? $"{ms:0} ms" : ms >= 10 ? $"{ms:0.0} ms" : $"{ms:0.00} ms";

    /// <summary>ours / reference, "0.42× (faster)"; blank when either side has no time.</summary>
    public static string Ratio(Sample ours, Sample reference) =>
        ours.MedianMs is { } o && reference.MedianMs is { } r && r > 0
            ? $"{o / r:0.00}×" + (o < r ? " (faster)" : " (slower)")
            : "";
}
