using System.Text.Json.Serialization;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>One line of records/{haproxy,keepalived}.jsonl, written by record.sh.</summary>
public sealed record CheckRecord(
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("args")] IReadOnlyList<string> Args,
    [property: JsonPropertyName("exit")] int Exit,
    [property: JsonPropertyName("stdout")] string Stdout,
    [property: JsonPropertyName("stderr")] string Stderr,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("first")] string First)
{
    /// <summary>"case|mode": how tests and improvements.tsv name a record.</summary>
    public string Key => $"{Case}|{Mode}";
}
