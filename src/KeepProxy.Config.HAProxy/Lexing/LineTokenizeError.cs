namespace KeepProxy.Config.HAProxy.Lexing;

/// <summary>Why a line could not be split, mirroring haproxy 2.6's PARSE_ERR_* bits of parse_line().</summary>
public enum LineTokenizeError
{
    None,
    UnmatchedQuote,
    UnmatchedBrace,
    ForbiddenVariableChar,
    InvalidHex,
    InvalidWordExpansion,
    TooManyWords,
}
