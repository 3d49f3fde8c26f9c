namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>How the dispatcher treats what follows a keyword.</summary>
public enum KeywordKind
{
    /// <summary>A one-line statement.</summary>
    Leaf,

    /// <summary>A block of sub-keywords (install_sublevel).</summary>
    Block,

    /// <summary>A block of raw lines read by the handler (alloc_value_block: virtual_ipaddress, unicast_peer, ...).</summary>
    ValueBlock,
}
