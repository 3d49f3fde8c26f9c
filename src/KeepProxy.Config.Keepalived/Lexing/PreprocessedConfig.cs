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
    IReadOnlyList<string> Files)
{
    private static readonly string[] OpenBrace = ["{"];
    private static readonly string[] CloseBrace = ["}"];

    private string[]?[]? _words;

    // Words repeat a lot (keywords, "1", addresses' common parts are not words, but keywords are): one string each.
    private Dictionary<string, string>? _wordCache;

    /// <summary>
    /// The words of line <paramref name="index"/> (alloc_strvec), split once and shared by the four keyword passes
    /// (read-only: handlers never write to them). Splitting every line in every pass was most of what a large config
    /// allocated.
    /// </summary>
    public string[] WordsOf(int index)
    {
        _words ??= new string[]?[Lines.Count];
        return _words[index] ??= SplitShared(Lines[index].Text);
    }

    // Identical short lines (the preprocessor hands them over as one string) share one read-only words array.
    private Dictionary<string, string[]>? _lineWords;

    private string[] SplitShared(string text)
    {
        if (text.Length > 48)
        {
            return Split(text);
        }

        _lineWords ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!_lineWords.TryGetValue(text, out string[]? words))
        {
            words = Split(text);
            _lineWords[text] = words;
        }

        return words;
    }

    private string[] Split(string text)
    {
        if (text.Length == 1 && text[0] is '{' or '}')
        {
            return text[0] == '{' ? OpenBrace : CloseBrace;
        }

        if (text.Contains('"'))
        {
            return WordSplitter.Split(text);
        }

        // The quote-free path of WordSplitter.Split, with repeated words shared.
        _wordCache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = _wordCache.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> rest = text;
        int count = 0;
        foreach (Range r in rest.SplitAny(" \t"))
        {
            if (rest[r].Length > 0)
            {
                count++;
            }
        }

        string[] words = new string[count];
        int n = 0;
        foreach (Range r in rest.SplitAny(" \t"))
        {
            ReadOnlySpan<char> w = rest[r];
            if (w.Length == 0)
            {
                continue;
            }

            if (!lookup.TryGetValue(w, out string? word))
            {
                word = w.ToString();
                if (w.Length <= 32)
                {
                    lookup[w] = word;
                }
            }

            words[n++] = word;
        }

        return words;
    }
}
