using KeepProxy.Lab.Specs;

namespace KeepProxy.Lab.Scenarios;

/// <summary>The outcome of one scenario run.</summary>
public sealed record ScenarioResult(
    string Id,
    Implementation Implementation,
    bool Passed,
    string? Failure,
    IReadOnlyList<string> Steps,
    IReadOnlyList<FailoverMeasurement> Failovers,
    TimeSpan Elapsed);
