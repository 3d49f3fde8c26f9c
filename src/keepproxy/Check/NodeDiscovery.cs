namespace KeepProxy.Cli.Check;

/// <summary>
/// Turns <c>keepproxy -t</c> arguments into nodes: a directory is one node (its keepalived*.conf, haproxy*.cfg and
/// sysctl files); a file is classified by name; no argument means this machine's /etc paths.
/// </summary>
public static class NodeDiscovery
{
    public const string DefaultKeepalivedConfig = "/etc/keepalived/keepalived.conf";
    public const string DefaultHAProxyConfig = "/etc/haproxy/haproxy.cfg";

    public static IReadOnlyList<NodeFiles> Discover(
        IReadOnlyList<string> paths,
        string keepalivedConfig,
        string haproxyConfig,
        ICollection<string> errors)
    {
        if (paths.Count == 0)
        {
            return [new NodeFiles("local", null, [keepalivedConfig], [haproxyConfig], ExistingSysctl())];
        }

        var nodes = new List<NodeFiles>();
        var looseKeepalived = new List<string>();
        var looseHAProxy = new List<string>();
        foreach (string path in paths)
        {
            if (System.IO.Directory.Exists(path))
            {
                NodeFiles node = FromDirectory(path);
                if (node.IsEmpty)
                {
                    errors.Add($"{path}: no keepalived.conf or haproxy.cfg in this directory");
                }
                else
                {
                    nodes.Add(node);
                }
            }
            else if (IsHAProxyFile(path))
            {
                looseHAProxy.Add(path);
            }
            else
            {
                // keepalived -t itself reports a missing file ("Config files missing"), so pass it on.
                looseKeepalived.Add(path);
            }
        }

        if (looseKeepalived.Count > 0 || looseHAProxy.Count > 0)
        {
            nodes.Add(new NodeFiles("files", null, looseKeepalived, looseHAProxy, []));
        }

        return nodes;
    }

    private static NodeFiles FromDirectory(string directory)
    {
        string[] files = System.IO.Directory.GetFiles(directory);
        Array.Sort(files, MainFirst);
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return new NodeFiles(
            name,
            directory,
            files.Where(IsKeepalivedFile).ToArray(),
            files.Where(IsHAProxyFile).ToArray(),
            files.Where(IsSysctlFile).ToArray());
    }

    /// <summary>keepalived.conf before its variants, haproxy.cfg before its variants, then by name.</summary>
    private static int MainFirst(string a, string b)
    {
        int rank(string p) => Path.GetFileName(p) is "keepalived.conf" or "haproxy.cfg" ? 0 : 1;
        int byRank = rank(a).CompareTo(rank(b));
        return byRank != 0 ? byRank : string.CompareOrdinal(a, b);
    }

    private static bool IsKeepalivedFile(string path) =>
        Path.GetFileName(path).StartsWith("keepalived", StringComparison.Ordinal) && path.EndsWith(".conf", StringComparison.Ordinal);

    private static bool IsHAProxyFile(string path) => path.EndsWith(".cfg", StringComparison.Ordinal);

    private static bool IsSysctlFile(string path)
    {
        string name = Path.GetFileName(path);
        return name.StartsWith("sysctl", StringComparison.Ordinal) || name.EndsWith("-sysctl.conf", StringComparison.Ordinal);
    }

    private static string[] ExistingSysctl()
    {
        var files = new List<string>();
        if (File.Exists("/etc/sysctl.conf"))
        {
            files.Add("/etc/sysctl.conf");
        }

        if (System.IO.Directory.Exists("/etc/sysctl.d"))
        {
            files.AddRange(System.IO.Directory.GetFiles("/etc/sysctl.d", "*.conf").Order(StringComparer.Ordinal));
        }

        return files.ToArray();
    }
}
