namespace KeepProxy.Conformance.Mutation;

/// <summary>Which reference program a config belongs to.</summary>
public enum ConfigLanguage
{
    HAProxy,
    Keepalived,
}
