using KeepProxy.Config;

namespace KeepProxy.Config.Cluster;

/// <summary>A problem (or notable consequence) that shows only when the nodes' configs are read together.</summary>
/// <param name="Code">Stable identifier, e.g. <c>priority-tie</c>, for scripts and tests.</param>
public sealed record ClusterFinding(Severity Severity, string Code, string Message, IReadOnlyList<SourcePosition> Positions)
{
    public override string ToString() => $"{Severity.ToString().ToUpperInvariant()} [{Code}] {Message}";
}
