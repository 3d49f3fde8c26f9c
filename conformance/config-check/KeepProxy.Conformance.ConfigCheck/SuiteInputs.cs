namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>The fixed inputs record.sh gives the reference programs: environment.txt and interfaces.txt.</summary>
public static class SuiteInputs
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyEnvironment = new(LoadEnvironment);
    private static readonly Lazy<IReadOnlyList<(string Name, string Peer)>> LazyPairs = new(LoadPairs);

    /// <summary>haproxy's whole environment: `env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin` + environment.txt.</summary>
    public static IReadOnlyDictionary<string, string> HAProxyEnvironment => LazyEnvironment.Value;

    /// <summary>The veth pairs of the "ifaces" mode.</summary>
    public static IReadOnlyList<(string Name, string Peer)> InterfacePairs => LazyPairs.Value;

    /// <summary>The interfaces that exist in a keepalived record's mode: lo, plus both ends of every pair unless "bare".</summary>
    public static IReadOnlySet<string> Interfaces(string mode)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { "lo" };
        if (mode != "bare")
        {
            foreach (var (name, peer) in InterfacePairs)
            {
                set.Add(name);
                set.Add(peer);
            }
        }

        return set;
    }

    private static IReadOnlyDictionary<string, string> LoadEnvironment()
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin" };
        foreach (string line in File.ReadLines(Path.Combine(Workspace.SuiteDirectory, "environment.txt")))
        {
            int eq = line.IndexOf('=');
            if (eq > 0)
            {
                env[line[..eq]] = line[(eq + 1)..];
            }
        }

        return env;
    }

    private static IReadOnlyList<(string, string)> LoadPairs() =>
        File.ReadLines(Path.Combine(Workspace.SuiteDirectory, "interfaces.txt"))
            .Where(static l => l.Length > 0 && l[0] != '#')
            .Select(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(static p => (p[0], p[1]))
            .ToArray();
}
