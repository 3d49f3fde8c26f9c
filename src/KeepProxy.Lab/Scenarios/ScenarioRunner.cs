using System.Diagnostics;
using KeepProxy.Lab.Topology;

namespace KeepProxy.Lab.Scenarios;

/// <summary>Runs one scenario end to end: topology up, setup, the article's steps, teardown — always.</summary>
public static class ScenarioRunner
{
    public static async Task<ScenarioResult> RunAsync(IScenario scenario, LabOptions options, ILabLog log, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        log.Write($"=== scenario {scenario.Id} ({options.Implementation.ToString().ToLowerInvariant()}): {scenario.Title}");
        LabTopology? topo = null;
        ScenarioContext? ctx = null;
        try
        {
            topo = await LabTopology.StartAsync(scenario.Build(options.Paths), options, log, ct).ConfigureAwait(false);
            ctx = new ScenarioContext(scenario.Id, topo, log, ct);
            await scenario.SetupAsync(ctx).ConfigureAwait(false);
            await scenario.VerifyAsync(ctx).ConfigureAwait(false);
            log.Write($"=== scenario {scenario.Id}: PASSED in {sw.Elapsed.TotalSeconds:0.0} s");
            return new ScenarioResult(scenario.Id, options.Implementation, true, null, ctx.Steps.ToList(), ctx.Failovers.ToList(), sw.Elapsed);
        }
        catch (Exception ex) when (ex is LabException or TimeoutException or IOException or InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            var failure = ex is LabException ? ex.Message : ex.ToString();
            if (topo != null && ctx != null && ex is not OperationCanceledException)
            {
                foreach (var h in topo.Hosts)
                {
                    var tail = ctx.LogTail(h.Name);
                    if (tail.Length > 0) failure += "\n" + tail;
                }
            }
            log.Write($"=== scenario {scenario.Id}: FAILED after {sw.Elapsed.TotalSeconds:0.0} s: {failure}");
            return new ScenarioResult(scenario.Id, options.Implementation, false, failure, ctx?.Steps.ToList() ?? [], ctx?.Failovers.ToList() ?? [], sw.Elapsed);
        }
        finally
        {
            if (ctx != null) await ctx.DisposeAsync().ConfigureAwait(false);
            if (topo != null) await topo.DisposeAsync().ConfigureAwait(false);
        }
    }
}
