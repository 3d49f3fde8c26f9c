using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace KeepProxy.Config.Keepalived.Lexing;

/// <summary>
/// Splits one logical line into words the way keepalived's alloc_strvec() does: blanks separate words, a
/// double-quoted run is one word without its quotes (it may be glued to text before it), and an unmatched quote
/// takes the rest of the line.
/// </summary>
public static class WordSplitter
{
    private static readonly Parser<char, string> QuotedPart =
        Char('"').Then(AnyCharExcept('"').ManyString()).Before(Char('"').Optional());

    private static readonly Parser<char, string> BarePart =
        AnyCharExcept(' ', '\t', '"').AtLeastOnceString();

    private static readonly Parser<char, string> Word =
        OneOf(QuotedPart, BarePart).AtLeastOnce().Select(static parts => string.Concat(parts));

    private static readonly Parser<char, string[]> Line =
        SkipWhitespaces.Then(Word.Before(SkipWhitespaces).Many()).Select(static w => w.ToArray()).Before(End);

    /// <summary>Words of the line; the fast path avoids Pidgin when no quote is present.</summary>
    public static string[] Split(string text)
    {
        if (text.IndexOf('"') < 0)
        {
            return text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        }

        Result<char, string[]> result = Line.Parse(text);
        return result.Success ? result.Value : text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }
}
