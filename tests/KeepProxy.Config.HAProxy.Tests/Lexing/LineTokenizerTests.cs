using KeepProxy.Config.HAProxy.Lexing;

namespace KeepProxy.Config.HAProxy.Tests.Lexing;

public class LineTokenizerTests
{
    private static TokenizedLine T(string line, Dictionary<string, string>? env = null) =>
        new LineTokenizer(n => env is not null && env.TryGetValue(n, out var v) ? v : null).Tokenize(line);

    [Fact]
    public void Tokenize_HashAfterValue_StartsComment() =>
        Assert.Equal(["maxconn", "4000"], T("maxconn 4000#最大连接数").Args);

    [Fact]
    public void Tokenize_EscapedSpace_JoinsWords() =>
        Assert.Equal(["stats", "realm", "Haproxy Statistics"], T("    stats realm Haproxy\\ Statistics").Args);

    [Fact]
    public void Tokenize_Quotes_GroupAndKeepHash() =>
        Assert.Equal(["a", "b c#d", "e f"], T("a \"b c#d\" 'e f'").Args);

    [Fact]
    public void Tokenize_HexEscape_Decodes() => Assert.Equal(["AB"], T("\\x41B").Args);

    [Fact]
    public void Tokenize_BadHex_ReportsPosition()
    {
        var t = T("  maxconn \\x4");
        Assert.Equal(LineTokenizeError.InvalidHex, t.Error);
        Assert.Equal(11, t.ErrorColumn);
    }

    [Fact]
    public void Tokenize_VarInDoubleQuotes_Expands() =>
        Assert.Equal(["bind", "1.2.3.4:80"], T("bind \"${IP}:80\"", new() { ["IP"] = "1.2.3.4" }).Args);

    [Fact]
    public void Tokenize_VarUnquoted_StaysLiteral() => Assert.Equal(["${IP}"], T("${IP}").Args);

    [Fact]
    public void Tokenize_DefaultValue_UsedWhenUnset() => Assert.Equal(["x8080"], T("\"x${PORT-8080}\"").Args);

    [Fact]
    public void Tokenize_WordExpansion_SplitsValue() =>
        Assert.Equal(["a", "b", "c"], T("a \"${L[*]}\"", new() { ["L"] = "b  c" }).Args);

    [Fact]
    public void Tokenize_UnmatchedQuote_ReportsQuotePosition()
    {
        var t = T(" maxconn \"a b");
        Assert.Equal(LineTokenizeError.UnmatchedQuote, t.Error);
        Assert.Equal(10, t.ErrorColumn);
    }

    [Fact]
    public void Tokenize_UnmatchedBrace_IsError() => Assert.Equal(LineTokenizeError.UnmatchedBrace, T("\"${X\"").Error);

    [Fact]
    public void Tokenize_TooManyWords_IsError() =>
        Assert.Equal(LineTokenizeError.TooManyWords, T(string.Join(' ', Enumerable.Range(0, 70))).Error);

    // haproxy 2.6.12: printf 'global\n      abc abc … (70 times)\n' > tm.cfg && haproxy -c -f tm.cfg
    //   -> "too many words, truncating after word 64, position 253: <abc>."
    [Fact]
    public void Tokenize_TooManyWords_PositionIsOffsetOfLastKeptWord()
    {
        var t = T("      " + string.Join(' ', Enumerable.Repeat("abc", 70)));
        Assert.Equal(253, t.ErrorColumn);
        Assert.Equal("abc", t[LineTokenizer.MaxLineArgs - 1]);
    }
}
