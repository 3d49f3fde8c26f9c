using KeepProxy.Lab;
using KeepProxy.Lab.Scenarios;
using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Topology;
using Xunit.Abstractions;

namespace KeepProxy.Conformance.Lab;

/// <summary>
/// Every scenario with KeepProxy's daemons (keepproxy) and with reference + KeepProxy side by side (mixed). A run
/// listed in conformance/lab/expected-failures.txt must fail (it is reported, not hidden); a listed run that passes
/// fails the suite so the list is flipped as soon as vrrpd/proxyd land. Scenarios without keepalived have no mixed run.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class VariantScenarioTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var paths = LabPaths.Discover(AppContext.BaseDirectory);
        foreach (var s in LabEnvironment.SelectedScenarios())
        {
            data.Add(s.Id, Implementation.KeepProxy.ToName());
            if (paths == null || s.Build(paths).Hosts.Count(h => h.RunsKeepalived) >= 2)
                data.Add(s.Id, Implementation.Mixed.ToName());
        }
        return data;
    }

    [LabTheory]
    [MemberData(nameof(Cases))]
    public async Task Scenario_Variant_MatchesExpectedFailures(string id, string impl)
    {
        LabEnvironment.RequirePrerequisites();
        Assert.True(ImplementationNames.TryParse(impl, out var implementation));
        var expected = ExpectedFailures.Parse(File.ReadAllText(LabEnvironment.ExpectedFailuresFile));
        var log = new TestOutputLabLog(output, Path.Combine(LabEnvironment.ArtifactsDir, $"{id}-{impl}.log"));
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var result = await ScenarioRunner.RunAsync(ScenarioCatalog.Find(id)!, new LabOptions(implementation, LabEnvironment.Paths), log, cts.Token);
        if (expected.IsExpectedToFail(id, implementation))
        {
            Assert.False(result.Passed, $"{id} {impl} passed but is listed in conformance/lab/expected-failures.txt: delete its line");
            output.WriteLine($"EXPECTED FAILURE ({id} {impl}, listed in conformance/lab/expected-failures.txt): {result.Failure?.Split('\n')[0]}");
        }
        else
        {
            Assert.True(result.Passed, $"scenario {id} ({impl}) failed: {result.Failure}");
        }
    }
}
