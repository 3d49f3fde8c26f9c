using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// A configuration line's words after the <c>no</c>/<c>default</c> modifier was taken off, with the column of each
/// word. A missing word reads as "" as in haproxy, whose parsers stop at the first empty argument.
/// </summary>
internal sealed class Words
{
    public Words(string[] args, int[] columns, bool negate, bool isDefault, SourcePosition position)
    {
        Args = args;
        Columns = columns;
        Negate = negate;
        IsDefault = isDefault;
        Position = position;
    }

    public string[] Args { get; }

    public int[] Columns { get; }

    public bool Negate { get; }

    public bool IsDefault { get; }

    public SourcePosition Position { get; }

    public int Count => Args.Length;

    public string this[int index] => index < Args.Length ? Args[index] : string.Empty;

    public SourcePosition At(int index) =>
        index < Columns.Length ? Position with { Column = Columns[index] } : Position;

    public Directive ToDirective() => new(Position, Args);

    /// <summary>The words from <paramref name="start"/> up to the first empty one, as haproxy's parsers see them.</summary>
    public string[] From(int start)
    {
        int end = start;
        while (end < Args.Length && Args[end].Length > 0)
        {
            end++;
        }

        return start >= end ? [] : Args[start..end];
    }
}
