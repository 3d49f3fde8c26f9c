using KeepProxy.Config.Keepalived.Parsing;

namespace KeepProxy.Config.Keepalived.Lexing;

/// <summary>What the preprocessor hands to each keyword pass.</summary>
/// <param name="Lines">Logical lines in reading order.</param>
/// <param name="LineMessages">Messages raised while reading, keyed by the index of the logical line they precede;
/// keepalived re-reads the config in every pass, so each pass prints them again.</param>
/// <param name="Files">Every file read, in order (the main file first).</param>
public sealed record PreprocessedConfig(
    IReadOnlyList<SourceLine> Lines,
    IReadOnlyList<KeyValuePair<int, KeepalivedMessage>> LineMessages,
    IReadOnlyList<string> Files);
