namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>The differential tests share one <see cref="AgreementLog"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DifferentialCollection : ICollectionFixture<AgreementLog>
{
    public const string Name = "differential";
}
