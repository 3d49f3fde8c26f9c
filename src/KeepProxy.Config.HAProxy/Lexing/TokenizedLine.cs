namespace KeepProxy.Config.HAProxy.Lexing;

/// <summary>
/// One configuration line split into words the way haproxy 2.6's parse_line() does. <see cref="Columns"/> holds the
/// 1-based column where each word starts in the raw line, so diagnostics and model nodes can point at a word.
/// </summary>
public sealed class TokenizedLine
{
    public TokenizedLine(string[] args, int[] columns, LineTokenizeError error, int errorColumn)
    {
        Args = args;
        Columns = columns;
        Error = error;
        ErrorColumn = errorColumn;
    }

    public string[] Args { get; }

    public int[] Columns { get; }

    public LineTokenizeError Error { get; }

    /// <summary>1-based column of the offending character when <see cref="Error"/> is set.</summary>
    public int ErrorColumn { get; }

    public int Count => Args.Length;

    /// <summary>haproxy treats a missing word as an empty string (args past the end point at the final NUL).</summary>
    public string this[int index] => index < Args.Length ? Args[index] : string.Empty;
}
