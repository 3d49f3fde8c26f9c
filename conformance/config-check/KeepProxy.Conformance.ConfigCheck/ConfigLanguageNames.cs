using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>The language names used in records/, improvements.tsv and test case names.</summary>
public static class ConfigLanguageNames
{
    public static string Name(ConfigLanguage language) => language == ConfigLanguage.HAProxy ? "haproxy" : "keepalived";

    public static ConfigLanguage Parse(string name) => name switch
    {
        "haproxy" => ConfigLanguage.HAProxy,
        "keepalived" => ConfigLanguage.Keepalived,
        _ => throw new ArgumentException($"unknown language '{name}'", nameof(name)),
    };
}
