namespace KeepProxy.Cli.Check;

/// <summary>Cross-node findings (filled in by the cluster checks).</summary>
public static class ClusterReport
{
    public static int Write(IReadOnlyList<(NodeFiles Node, IReadOnlyList<FileVerdict> Verdicts)> nodes, CheckSettings settings, TextWriter stdout) => 0;
}
