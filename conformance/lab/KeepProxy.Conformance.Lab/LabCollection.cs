namespace KeepProxy.Conformance.Lab;

/// <summary>The scenario runs share one fixture (the failover table) and run one after another: on two shared
/// cores, timing measurements stay honest only without a second scenario competing for the CPU.</summary>
[CollectionDefinition(Name)]
public sealed class LabCollection : ICollectionFixture<LabSuiteFixture>
{
    public const string Name = "lab";
}
