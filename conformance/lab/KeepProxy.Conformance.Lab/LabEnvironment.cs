using KeepProxy.Lab;

namespace KeepProxy.Conformance.Lab;

/// <summary>Where the suite runs: CI or a developer's machine, and what the lab is missing here.</summary>
public static class LabEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when lab tests must run (always under CI); otherwise why they are skipped.</summary>
    public static string? SkipReason()
    {
        if (IsCi) return null;
        var missing = Prerequisites.Missing();
        return missing.Count == 0 ? null : "lab prerequisites missing (CI=true would fail instead): " + string.Join("; ", missing);
    }

    /// <summary>Fails the test (never skips) when a prerequisite is missing — the CI contract.</summary>
    public static void RequirePrerequisites()
    {
        var missing = Prerequisites.Missing();
        Assert.True(missing.Count == 0, "lab prerequisites missing: " + string.Join("; ", missing));
    }

    /// <summary>Every scenario, or only those named in LAB_SCENARIOS (comma-separated ids; a developer's shortcut
    /// for running one scenario — never set in CI, where the whole catalogue runs).</summary>
    public static IEnumerable<KeepProxy.Lab.Scenarios.IScenario> SelectedScenarios()
    {
        var only = Environment.GetEnvironmentVariable("LAB_SCENARIOS");
        if (string.IsNullOrWhiteSpace(only) || IsCi) return KeepProxy.Lab.Scenarios.ScenarioCatalog.All;
        var ids = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return KeepProxy.Lab.Scenarios.ScenarioCatalog.All.Where(s => ids.Contains(s.Id, StringComparer.OrdinalIgnoreCase));
    }

    public static LabPaths Paths =>
        LabPaths.Discover(AppContext.BaseDirectory) ?? throw new InvalidOperationException("cannot find the repository root (KeepProxy.sln with configs/seeds) above " + AppContext.BaseDirectory);

    public static string ExpectedFailuresFile => Path.Combine(Paths.RepoRoot, "conformance", "lab", "expected-failures.txt");

    public static string ArtifactsDir
    {
        get
        {
            var d = Path.Combine(Paths.RepoRoot, "artifacts", "lab");
            Directory.CreateDirectory(d);
            return d;
        }
    }
}
