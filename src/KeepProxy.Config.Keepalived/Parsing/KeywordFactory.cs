namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>Small constructors that keep the keyword tables readable as data.</summary>
internal static class KeywordFactory
{
    public static KeywordNode Leaf(Subsystem owner, string name, Action<ParseContext, Statement>? handler = null) =>
        new(name, KeywordKind.Leaf, owner) { Handler = handler };

    public static KeywordNode Values(Subsystem owner, string name, Action<ParseContext, Statement, IReadOnlyList<Statement>>? handler = null,
        Action<ParseContext, Statement>? start = null) =>
        new(name, KeywordKind.ValueBlock, owner) { ValueHandler = handler, Handler = start };

    public static KeywordNode Block(Subsystem owner, string name, IEnumerable<KeywordNode> children,
        Action<ParseContext, Statement>? start = null, Action<ParseContext, Statement>? end = null) =>
        new(name, KeywordKind.Block, owner) { Handler = start, EndHandler = end, Children = Table(children) };

    /// <summary>Keywords keepalived registers that KeepProxy accepts without modelling (kept as text where useful).</summary>
    public static IEnumerable<KeywordNode> Quiet(Subsystem owner, string names, Action<ParseContext, Statement>? handler = null)
    {
        foreach (string name in names.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return Leaf(owner, name, handler);
        }
    }

    /// <summary>
    /// keepalived keeps the first registration of a name in a level (it searches in order), so later duplicates are dropped.
    /// </summary>
    public static KeywordTable<KeywordNode> Table(IEnumerable<KeywordNode> nodes)
    {
        var seen = new Dictionary<string, KeywordNode>(StringComparer.Ordinal);
        foreach (KeywordNode node in nodes)
        {
            seen.TryAdd(node.Name, node);
        }

        return new KeywordTable<KeywordNode>(seen);
    }
}
