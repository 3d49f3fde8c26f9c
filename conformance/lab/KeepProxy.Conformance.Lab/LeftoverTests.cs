using System.Diagnostics;
using KeepProxy.Lab;
using KeepProxy.Lab.Scenarios;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Topology;
using Xunit.Abstractions;

namespace KeepProxy.Conformance.Lab;

/// <summary>After a lab run — passed, failed, or the lab process killed — nothing of ours is left: no namespace,
/// no process, no mount, no temp dir.</summary>
[Collection(LabCollection.Name)]
public sealed class LeftoverTests(ITestOutputHelper output)
{
    private sealed record Snapshot(string IpNetns, int[] Pids, string[] NetNamespaces, string[] Mounts);

    private static async Task<Snapshot> SnapshotAsync()
    {
        var netns = await KeepProxy.Lab.Processes.LabProcess.RunAsync("ip", ["netns", "list"], TimeSpan.FromSeconds(10));
        var pids = Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)).Select(n => int.Parse(n!)).ToArray();
        var nets = pids.Select(p => ReadLink($"/proc/{p}/ns/net")).Where(n => n != null).Select(n => n!).Distinct().ToArray();
        var mounts = File.ReadAllLines("/proc/self/mountinfo").Where(l => l.Contains(RunDirectory.Parent, StringComparison.Ordinal)).ToArray();
        return new Snapshot(netns.StdOut, pids, nets, mounts);
    }

    private static string? ReadLink(string path)
    {
        try { return new FileInfo(path).LinkTarget; } catch (IOException) { return null; } catch (UnauthorizedAccessException) { return null; }
    }

    private static async Task AssertNothingLeftAsync(LabTopology topo, Snapshot before, ITestOutputHelper output)
    {
        // The kernel reaps a dead PID namespace asynchronously; give it a moment.
        Snapshot after = before;
        string[] ours = [];
        int[] alive = [];
        for (var i = 0; i < 50; i++)
        {
            after = await SnapshotAsync();
            ours = after.NetNamespaces.Intersect(topo.NetNamespaces).ToArray();
            alive = topo.OwnPids.Where(p => Directory.Exists($"/proc/{p}") && !File.ReadAllText($"/proc/{p}/stat").Contains(") Z ", StringComparison.Ordinal)).ToArray();
            if (ours.Length == 0 && alive.Length == 0) break;
            await Task.Delay(100);
        }
        output.WriteLine($"namespaces of the run: {string.Join(", ", topo.NetNamespaces)}");
        Assert.Empty(ours);
        Assert.Empty(alive);
        Assert.Equal(before.IpNetns, after.IpNetns);
        Assert.Empty(after.Mounts);
        Assert.False(Directory.Exists(topo.Run.Path), $"{topo.Run.Path} still exists");
        // No process in a network namespace that did not exist before the run, other than ones unrelated to us
        // (every process of ours lived in one of the run's namespaces, checked above).
    }

    [LabFact]
    public async Task ScenarioRun_AfterTeardown_LeavesNothing()
    {
        LabEnvironment.RequirePrerequisites();
        var before = await SnapshotAsync();
        var log = new TestOutputLabLog(output, Path.Combine(LabEnvironment.ArtifactsDir, "leftover-teardown.log"));
        var scenario = new Scenario001Plain();
        var topo = await LabTopology.StartAsync(scenario.Build(LabEnvironment.Paths), new LabOptions(Implementation.Reference, LabEnvironment.Paths), log);
        await using (var ctx = new ScenarioContext(scenario.Id, topo, log, CancellationToken.None))
        {
            await scenario.SetupAsync(ctx);
            Assert.Contains(topo.OwnPids, p => Directory.Exists($"/proc/{p}"));
            Assert.Equal(topo.Spec.Hosts.Count + 1, topo.NetNamespaces.Distinct().Count());
        }
        await topo.DisposeAsync();
        await AssertNothingLeftAsync(topo, before, output);
    }

    [LabFact]
    public async Task ScenarioRun_WhenTheLabDies_NamespacesVanishOnTheirOwn()
    {
        LabEnvironment.RequirePrerequisites();
        var before = await SnapshotAsync();
        var log = new TestOutputLabLog(output, Path.Combine(LabEnvironment.ArtifactsDir, "leftover-abandon.log"));
        var scenario = new Scenario001Plain();
        var topo = await LabTopology.StartAsync(scenario.Build(LabEnvironment.Paths), new LabOptions(Implementation.Reference, LabEnvironment.Paths), log);
        await using (var ctx = new ScenarioContext(scenario.Id, topo, log, CancellationToken.None))
            await scenario.SetupAsync(ctx);
        // What the kernel does when the lab process is killed (kill -9, crash): it closes the holders' stdin pipes.
        // Nothing is killed by us here: the namespaces' init processes must take everything down by themselves.
        await topo.AbandonAsync();
        var sw = Stopwatch.StartNew();
        while (topo.OwnPids.Any(p => Directory.Exists($"/proc/{p}") && !File.ReadAllText($"/proc/{p}/stat").Contains(") Z ", StringComparison.Ordinal)) && sw.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(100);
        await topo.DisposeAsync(); // removes the temp dir (a later run would sweep it otherwise)
        await AssertNothingLeftAsync(topo, before, output);
    }

    [LabFact]
    public async Task FailedScenario_AfterRun_LeavesNothing()
    {
        LabEnvironment.RequirePrerequisites();
        var before = await SnapshotAsync();
        var log = new TestOutputLabLog(output, Path.Combine(LabEnvironment.ArtifactsDir, "leftover-failure.log"));
        LabTopology? seen = null;
        var result = await ScenarioRunner.RunAsync(new FailingScenario(t => seen = t), new LabOptions(Implementation.Reference, LabEnvironment.Paths), log);
        Assert.False(result.Passed);
        Assert.NotNull(seen);
        await AssertNothingLeftAsync(seen!, before, output);
    }

    /// <summary>Stands 001-plain up, then fails on purpose.</summary>
    private sealed class FailingScenario(Action<LabTopology> onTopology) : IScenario
    {
        private readonly Scenario001Plain _inner = new();

        public string Id => "leftover-failure";

        public string Title => "001-plain, failing on purpose after setup";

        public InteractiveView View => _inner.View;

        public ScenarioSpec Build(LabPaths paths) => _inner.Build(paths);

        public async Task SetupAsync(ScenarioContext ctx)
        {
            onTopology(ctx.Topology);
            await ctx.SystemctlAsync("master", "start keepalived");
        }

        public Task VerifyAsync(ScenarioContext ctx) => throw new LabException("failing on purpose");
    }
}
