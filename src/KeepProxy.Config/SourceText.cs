namespace KeepProxy.Config;

/// <summary>The text of one configuration file with a line index, so offsets turn into positions cheaply.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string file, string text)
    {
        File = file;
        Text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public string File { get; }

    public string Text { get; }

    public int LineCount => Text.Length > 0 && Text[^1] == '\n' ? _lineStarts.Length - 1 : _lineStarts.Length;

    /// <summary>True when the last line ends with a newline (haproxy rejects a file that does not).</summary>
    public bool EndsWithNewline => Text.Length == 0 || Text[^1] == '\n';

    public SourcePosition PositionAt(int offset)
    {
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(File, line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The 1-based line's text without its line terminator.</summary>
    public ReadOnlySpan<char> Line(int lineNumber)
    {
        int start = _lineStarts[lineNumber - 1];
        int end = lineNumber < _lineStarts.Length ? _lineStarts[lineNumber] : Text.Length;
        ReadOnlySpan<char> span = Text.AsSpan(start, end - start);
        if (span.EndsWith("\n"))
        {
            span = span[..^1];
        }

        if (span.EndsWith("\r"))
        {
            span = span[..^1];
        }

        return span;
    }

    public static SourceText Load(string path) => new(path, System.IO.File.ReadAllText(path));
}
