namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// One node of the keyword tree (keepalived's keyword_t from install_keyword / install_sublevel).
/// Handlers receive the parse context; a null handler means "recognised, accepted quietly".
/// </summary>
public sealed class KeywordNode
{
    public KeywordNode(string name, KeywordKind kind, Subsystem owner)
    {
        Name = name;
        Kind = kind;
        Owner = owner;
    }

    public string Name { get; }

    public KeywordKind Kind { get; }

    public Subsystem Owner { get; }

    /// <summary>Called with the keyword line (for blocks: before the block's content).</summary>
    public Action<ParseContext, Statement>? Handler { get; init; }

    /// <summary>For <see cref="KeywordKind.ValueBlock"/>: called with the block's lines.</summary>
    public Action<ParseContext, Statement, IReadOnlyList<Statement>>? ValueHandler { get; init; }

    /// <summary>Called at the block's closing '}' (install_sublevel_end_handler).</summary>
    public Action<ParseContext, Statement>? EndHandler { get; init; }

    public KeywordTable<KeywordNode>? Children { get; init; }

    /// <summary>A value block whose head line carries a name (virtual_server_group NAME): no "extra parameters" report.</summary>
    public bool Named { get; init; }
}
