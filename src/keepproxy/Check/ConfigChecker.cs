using KeepProxy.Config.HAProxy;
using KeepProxy.Config.Keepalived;

namespace KeepProxy.Cli.Check;

/// <summary>Runs the keepalived -t and haproxy -c emulations on a node's files and captures their exact output.</summary>
public static class ConfigChecker
{
    public static IReadOnlyList<FileVerdict> Check(NodeFiles node)
    {
        var verdicts = new List<FileVerdict>();
        // A node folder is another machine: every interface its configs name is taken to exist there, and the
        // scripts the folder ships count as installed. The /etc default is this machine, checked as it is.
        IReadOnlySet<string>? interfaces = node.Directory is null ? null : AnyInterface.Instance;
        Func<string, bool>? scripts = node.Directory is null ? null : NodeScripts.For(node.Directory);
        foreach (string path in node.KeepalivedConfigs)
        {
            verdicts.Add(Capture(path, "keepalived -t", (o, e) =>
                KeepalivedConfigCheck.Run(new KeepalivedCheckOptions(path, interfaces, ScriptExecutable: scripts), o, e)));
        }

        foreach (string path in node.HAProxyConfigs)
        {
            verdicts.Add(Capture(path, "haproxy -c", (o, e) =>
                HAProxyConfigCheck.Run(new HAProxyCheckOptions([path]), o, e)));
        }

        return verdicts;
    }

    private static FileVerdict Capture(string path, string checker, Func<TextWriter, TextWriter, int> run)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit;
        try
        {
            exit = run(stdout, stderr);
        }
        catch (Exception ex)
        {
            // A checker bug must never surface as a stack trace: report it as a failed check of this file.
            stderr.WriteLine($"keepproxy: internal error while running {checker} on {path}: {ex.Message}");
            exit = 1;
        }

        return new FileVerdict(path, checker, exit, stdout.ToString(), stderr.ToString());
    }
}
