using System.Collections.Frozen;

namespace KeepProxy.Config;

/// <summary>
/// Keywords as data: a frozen name → entry map built once from a table, with "did you mean" over its names.
/// Each language owns its tables (one per section or block), in the spirit of haproxy's cfg_kw_list and
/// keepalived's install_keyword tree.
/// </summary>
public sealed class KeywordTable<TEntry>
{
    private readonly FrozenDictionary<string, TEntry> _entries;

    public KeywordTable(IEnumerable<KeyValuePair<string, TEntry>> entries, StringComparer? comparer = null)
    {
        _entries = entries.ToFrozenDictionary(comparer ?? StringComparer.Ordinal);
    }

    public int Count => _entries.Count;

    public IEnumerable<string> Names => _entries.Keys;

    public bool TryGet(string name, out TEntry entry) => _entries.TryGetValue(name, out entry!);

    public bool Contains(string name) => _entries.ContainsKey(name);

    public string? Suggest(string unknown) => Suggestions.BestMatch(unknown, _entries.Keys);
}
