using KeepProxy.Config.Keepalived.Lexing;

namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>A keyword line split into words (keepalived's strvec), with its source line.</summary>
public readonly record struct Statement(string[] Words, SourceLine Line)
{
    public string Keyword => Words[0];

    public int Count => Words.Length;

    public SourcePosition Position => Line.Position;

    public string? At(int index) => index < Words.Length ? Words[index] : null;
}
