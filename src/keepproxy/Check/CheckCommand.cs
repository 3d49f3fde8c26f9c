namespace KeepProxy.Cli.Check;

/// <summary>
/// <c>keepproxy -t [PATH…]</c>: checks every node's keepalived and haproxy configs the way keepalived -t and
/// haproxy -c do, prints each verdict with the reference-format output, then cross-checks the nodes as a cluster.
/// Exit code: 0 when every file is valid, 1 otherwise (cluster findings are warnings unless --strict).
/// </summary>
public static class CheckCommand
{
    public static int Run(CheckSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var errors = new List<string>();
        IReadOnlyList<NodeFiles> nodes = NodeDiscovery.Discover(settings.Paths, settings.KeepalivedConfig, settings.HAProxyConfig, errors);
        foreach (string error in errors)
        {
            stderr.WriteLine($"keepproxy: {error}");
        }

        bool allValid = errors.Count == 0;
        var checkedNodes = new List<(NodeFiles Node, IReadOnlyList<FileVerdict> Verdicts)>();
        foreach (NodeFiles node in nodes)
        {
            IReadOnlyList<FileVerdict> verdicts = ConfigChecker.Check(node);
            checkedNodes.Add((node, verdicts));
            if (!settings.Quiet)
            {
                stdout.WriteLine(node.Directory is null ? $"== {node.Name}" : $"== {node.Name} ({node.Directory})");
            }

            foreach (FileVerdict verdict in verdicts)
            {
                allValid &= verdict.Valid;
                if (settings.Quiet && verdict.Valid)
                {
                    continue;
                }

                stdout.WriteLine($"{verdict.Path}: {verdict.Checker}: {verdict.Summary}");
                WriteIndented(stdout, verdict.Stderr);
                if (!verdict.Valid || verdict.HasWarnings)
                {
                    WriteIndented(stdout, verdict.Stdout);
                }
            }
        }

        int clusterFindings = ClusterReport.Write(checkedNodes, settings, stdout);
        if (!settings.Quiet)
        {
            stdout.WriteLine(allValid
                ? clusterFindings == 0 ? "All configurations are valid." : $"All configurations are valid; {clusterFindings} cluster finding(s)."
                : "Some configurations are INVALID.");
        }

        return allValid && !(settings.Strict && clusterFindings > 0) ? 0 : 1;
    }

    private static void WriteIndented(TextWriter writer, string text)
    {
        foreach (string line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                writer.WriteLine("    " + line.TrimEnd('\r'));
            }
        }
    }
}
