using KeepProxy.Config;
using KeepProxy.Config.Cluster;
using KeepProxy.Config.HAProxy;
using KeepProxy.Config.Keepalived;

namespace KeepProxy.Cli.Check;

/// <summary>Reads every node's main configs into models and prints what the cross-node checks find.</summary>
public static class ClusterReport
{
    public static int Write(IReadOnlyList<(NodeFiles Node, IReadOnlyList<FileVerdict> Verdicts)> nodes, CheckSettings settings, TextWriter stdout)
    {
        var views = nodes
            .Where(static n => n.Node.Directory is not null || n.Node.Name == "local")
            .Select(static n => Load(n.Node))
            .ToList();
        if (views.Count == 0)
        {
            return 0;
        }

        IReadOnlyList<ClusterFinding> findings = ClusterChecks.Run(views);
        if (findings.Count > 0 || !settings.Quiet)
        {
            stdout.WriteLine($"== cluster ({string.Join(", ", views.Select(static v => v.Name))}): {findings.Count} finding(s)");
        }

        foreach (ClusterFinding finding in findings)
        {
            stdout.WriteLine(finding.ToString());
            foreach (SourcePosition position in finding.Positions.Where(static p => !p.IsNone).Distinct())
            {
                stdout.WriteLine($"    at {position.File}:{position.Line}");
            }
        }

        return findings.Count(static f => f.Severity != Severity.Notice);
    }

    private static NodeView Load(NodeFiles node)
    {
        KeepalivedLoadResult? keepalived = null;
        var cleared = new HashSet<string>(StringComparer.Ordinal);
        if (node.KeepalivedConfigs.Count > 0 && File.Exists(node.KeepalivedConfigs[0]))
        {
            var options = node.Directory is null
                ? new KeepalivedLoadOptions(Suggestions: false)
                : new KeepalivedLoadOptions(Interfaces: AnyInterface.Instance, ScriptExecutable: NodeScripts.For(node.Directory), Suggestions: false);
            keepalived = KeepalivedConfigLoader.Load(node.KeepalivedConfigs[0], options);
            foreach (var instance in keepalived.Config.VrrpInstances)
            {
                if (keepalived.Messages.Any(m => m.Text == $"({instance.Name}) {NopreemptClearedText}"))
                {
                    cleared.Add(instance.Name);
                }
            }
        }

        var haproxy = node.HAProxyConfigs.Count == 0 || !File.Exists(node.HAProxyConfigs[0])
            ? null
            : HAProxyConfigLoader.Load([node.HAProxyConfigs[0]]).Config;
        return NodeViewBuilder.Build(node.Name, keepalived?.Config, haproxy, SysctlReader.NonlocalBind(node.SysctlFiles), cleared);
    }

    /// <summary>keepalived's own words when it drops nopreempt from a state MASTER instance.</summary>
    private const string NopreemptClearedText = "Warning - nopreempt will not work with initial state MASTER - clearing";
}
