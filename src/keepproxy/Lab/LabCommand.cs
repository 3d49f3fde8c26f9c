using KeepProxy.Lab;
using KeepProxy.Lab.Scenarios;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Topology;

namespace KeepProxy.Cli.Lab;

/// <summary>
/// <c>keepproxy lab</c>: stands one of the articles' setups (or a directory of the user's own per-host configs) up in
/// network namespaces on this machine, shows live which host holds each VIP and what a bounded client loop gets,
/// lets the user stop/start services or cut a node off from the keyboard, and tears everything down on q / Ctrl-C.
/// </summary>
public static class LabCommand
{
    public static int Run(LabSettings s, TextWriter stdout, TextWriter stderr)
    {
        if (!OperatingSystem.IsLinux())
        {
            stderr.WriteLine("keepproxy lab: the lab needs Linux (network, PID and mount namespaces).");
            return 1;
        }
        if (s.Target is null)
        {
            stdout.WriteLine("keepproxy lab — the articles' multi-host setups on this machine, in network namespaces (root).");
            stdout.WriteLine();
            stdout.WriteLine("usage: sudo keepproxy lab SCENARIO|DIR [--impl reference|keepproxy|mixed] [--verify] [--seconds N]");
            stdout.WriteLine();
            foreach (var sc in ScenarioCatalog.All) stdout.WriteLine($"  {sc.Id,-16} {sc.Title}");
            stdout.WriteLine();
            stdout.WriteLine("  DIR              a folder of per-host folders (keepalived.conf and/or haproxy.cfg each): rehearse your own failover");
            stdout.WriteLine();
            stdout.WriteLine("example: sudo keepproxy lab 000");
            return 0;
        }
        if (!ImplementationNames.TryParse(s.Implementation, out var impl))
        {
            stderr.WriteLine($"keepproxy lab: unknown implementation '{s.Implementation}' (reference, keepproxy or mixed).");
            return 2;
        }
        IScenario? scenario = Directory.Exists(s.Target)
            ? DirectoryScenario.Looks(s.Target) ? new DirectoryScenario(Path.GetFullPath(s.Target)) : null
            : ScenarioCatalog.Find(s.Target);
        if (scenario is null)
        {
            stderr.WriteLine(Directory.Exists(s.Target)
                ? $"keepproxy lab: {s.Target} has no host folder with keepalived.conf or haproxy.cfg."
                : $"keepproxy lab: no scenario '{s.Target}'. Known: {string.Join(", ", ScenarioCatalog.All.Select(x => x.Id))}.");
            return 2;
        }
        var missing = Prerequisites.Missing();
        if (missing.Count > 0)
        {
            foreach (var m in missing) stderr.WriteLine($"keepproxy lab: {m}");
            if (!Prerequisites.IsRoot) stderr.WriteLine($"keepproxy lab: try: sudo keepproxy lab {s.Target}");
            return 1;
        }
        var paths = LabPaths.Discover() ?? (scenario is DirectoryScenario ? new LabPaths(Directory.GetCurrentDirectory()) : null);
        if (paths is null)
        {
            stderr.WriteLine("keepproxy lab: cannot find configs/seeds (run from the KeepProxy checkout, or give a directory of configs).");
            return 1;
        }

        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cts.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var options = new LabOptions(impl, paths);
            var log = new TextWriterLabLog(stdout);
            if (s.Verify)
            {
                var result = ScenarioRunner.RunAsync(scenario, options, log, cts.Token).GetAwaiter().GetResult();
                if (result.Failovers.Count > 0)
                {
                    stdout.WriteLine();
                    stdout.Write(FailoverTable.Format(result.Failovers));
                }
                stdout.WriteLine(result.Passed ? $"{scenario.Id}: passed" : $"{scenario.Id}: FAILED");
                return result.Passed ? 0 : 1;
            }
            return LabDashboard.RunAsync(scenario, options, log, stdout, s.Seconds, cts.Token).GetAwaiter().GetResult();
        }
        catch (LabException ex)
        {
            stderr.WriteLine($"keepproxy lab: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            stdout.WriteLine("keepproxy lab: interrupted; everything torn down.");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
