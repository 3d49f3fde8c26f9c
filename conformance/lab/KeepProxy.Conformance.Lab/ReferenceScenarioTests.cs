using KeepProxy.Lab;
using KeepProxy.Lab.Scenarios;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Topology;
using Xunit.Abstractions;

namespace KeepProxy.Conformance.Lab;

/// <summary>Every article scenario with the reference programs (apt keepalived 2.2.7, haproxy 2.6, nginx): must pass.</summary>
[Collection(LabCollection.Name)]
public sealed class ReferenceScenarioTests(LabSuiteFixture suite, ITestOutputHelper output)
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var s in LabEnvironment.SelectedScenarios()) data.Add(s.Id);
        return data;
    }

    [LabTheory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_Reference_Passes(string id)
    {
        LabEnvironment.RequirePrerequisites();
        var scenario = ScenarioCatalog.Find(id)!;
        var log = new TestOutputLabLog(output, Path.Combine(LabEnvironment.ArtifactsDir, $"{id}-reference.log"));
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var result = await ScenarioRunner.RunAsync(scenario, new LabOptions(Implementation.Reference, LabEnvironment.Paths), log, cts.Token);
        suite.Add(result.Failovers);
        Assert.True(result.Passed, $"scenario {id} failed: {result.Failure}");
    }
}
