using System.Collections.Concurrent;
using System.Text.Json;
using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>Loads the committed records once per language.</summary>
public static class RecordStore
{
    private static readonly ConcurrentDictionary<ConfigLanguage, IReadOnlyList<CheckRecord>> Cache = new();

    public static IReadOnlyList<CheckRecord> Load(ConfigLanguage language) => Cache.GetOrAdd(language, static l =>
    {
        string path = Path.Combine(Workspace.SuiteDirectory, "records", ConfigLanguageNames.Name(l) + ".jsonl");
        return File.ReadLines(path)
            .Where(static line => line.Length > 0)
            .Select(static line => JsonSerializer.Deserialize<CheckRecord>(line) ?? throw new InvalidDataException(line))
            .ToArray();
    });

    public static CheckRecord Find(ConfigLanguage language, string key) =>
        Load(language).Single(r => r.Key == key);
}
