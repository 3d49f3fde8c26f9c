using System.Text;

namespace KeepProxy.Config.HAProxy.Lexing;

/// <summary>
/// haproxy 2.6's line splitter (parse_line() with ENV, DQUOTE, SQUOTE, BKSLASH, SHARP and WORD_EXPAND): '#'
/// starts a comment outside quotes; "…" and '…' group words; backslash escapes \\, \&lt;space&gt;, \t, \n, \r,
/// \#, \', \", \$ (inside double quotes) and \xHH; $VAR / ${VAR} / ${VAR-default} / ${VAR[*]} expand only inside
/// double quotes; at most 64 words (MAX_LINE_ARGS).
/// Written as a plain loop over a span rather than with Pidgin: this runs once per line of 100k-line files and
/// must not allocate per character; the word buffer is reused between lines.
/// </summary>
public sealed class LineTokenizer
{
    /// <summary>haproxy's MAX_LINE_ARGS.</summary>
    public const int MaxLineArgs = 64;

    private readonly StringBuilder _word = new(256);
    private readonly List<string> _args = new(16);
    private readonly List<int> _columns = new(16);
    private readonly Func<string, string?> _lookup;

    /// <param name="lookup">Resolves a variable name (also the pseudo-variables .LINE, .FILE, .SECTION) or returns null.</param>
    public LineTokenizer(Func<string, string?> lookup)
    {
        _lookup = lookup;
    }

    public TokenizedLine Tokenize(ReadOnlySpan<char> line)
    {
        _word.Clear();
        _args.Clear();
        _columns.Clear();
        int i = 0;

        // haproxy skips leading blanks before calling parse_line().
        while (i < line.Length && IsSpace(line[i]))
        {
            i++;
        }

        int wordStart = i;
        bool squote = false, dquote = false;
        int quotePos = -1;
        int argCount = 0;
        bool tooMany = false;

        while (i < line.Length)
        {
            char c = line[i];
            if (c >= '-' && c != '\\')
            {
                _word.Append(c);
                i++;
                continue;
            }

            if (c == '\n' || c == '\r' || c == '\0')
            {
                break;
            }

            if (c == '#' && !squote && !dquote)
            {
                break;
            }

            if (c == '"' && !squote)
            {
                dquote = !dquote;
                quotePos = dquote ? i : -1;
                i++;
                continue;
            }

            if (c == '\'' && !dquote)
            {
                squote = !squote;
                quotePos = squote ? i : -1;
                i++;
                continue;
            }

            if (c == '\\' && !squote)
            {
                char next = i + 1 < line.Length ? line[i + 1] : '\0';
                char tosend = c;
                switch (next)
                {
                    case ' ':
                    case '\\':
                        tosend = next;
                        i++;
                        break;
                    case 't':
                        tosend = '\t';
                        i++;
                        break;
                    case 'n':
                        tosend = '\n';
                        i++;
                        break;
                    case 'r':
                        tosend = '\r';
                        i++;
                        break;
                    case '#':
                    case '\'':
                    case '"':
                        i++;
                        tosend = next;
                        break;
                    case '$':
                        if (dquote)
                        {
                            i++;
                        }

                        tosend = line[i];
                        break;
                    case 'x':
                        if (!IsHex(At(line, i + 2)) || !IsHex(At(line, i + 3)))
                        {
                            return Fail(LineTokenizeError.InvalidHex, i);
                        }

                        tosend = (char)((HexValue(line[i + 2]) << 4) + HexValue(line[i + 3]));
                        i += 3;
                        break;
                }

                i++;
                _word.Append(tosend);
                continue;
            }

            if (IsSpace(c) && !squote && !dquote)
            {
                while (i < line.Length && IsSpace(line[i]))
                {
                    i++;
                }

                EndWord(wordStart);
                argCount++;
                if (argCount >= MaxLineArgs)
                {
                    tooMany = true;
                }

                wordStart = i;
                continue;
            }

            if (c == '$' && dquote)
            {
                int before = i;
                var result = ExpandVariable(line, ref i, ref argCount, ref tooMany);
                if (result != LineTokenizeError.None)
                {
                    return Fail(result, _errorPos >= 0 ? _errorPos : before);
                }

                continue;
            }

            _word.Append(c);
            i++;
        }

        EndWord(wordStart);
        argCount++;
        if (quotePos >= 0)
        {
            return Fail(LineTokenizeError.UnmatchedQuote, quotePos);
        }

        if (tooMany)
        {
            // haproxy reports the last word it kept and that word's offset in its output buffer, where each word
            // is followed by a NUL (measured: 63 words of "abc" before it give position 253).
            int offset = 1;
            for (int k = 0; k < MaxLineArgs - 1; k++)
            {
                offset += _args[k].Length + 1;
            }

            var kept = new string[MaxLineArgs];
            _args.CopyTo(0, kept, 0, MaxLineArgs);
            return new TokenizedLine(kept, new int[MaxLineArgs], LineTokenizeError.TooManyWords, offset);
        }

        // A line ending in blanks leaves one trailing empty word in haproxy; it reads as "no more arguments", so
        // drop it. An empty word in the middle ("" quoted) is kept: haproxy's parsers stop at it.
        int count = _args.Count;
        while (count > 0 && _args[count - 1].Length == 0)
        {
            count--;
        }

        var args = new string[count];
        var cols = new int[count];
        for (int k = 0; k < count; k++)
        {
            args[k] = _args[k];
            cols[k] = _columns[k];
        }

        return new TokenizedLine(args, cols, LineTokenizeError.None, 0);
    }

    private int _errorPos = -1;

    private LineTokenizeError ExpandVariable(ReadOnlySpan<char> line, ref int i, ref int argCount, ref bool tooMany)
    {
        _errorPos = -1;
        i++;
        int brace = -1;
        if (At(line, i) == '{')
        {
            brace = i;
            i++;
        }

        char first = At(line, i);
        if (!char.IsAsciiLetter(first) && first != '_' && first != '.')
        {
            _errorPos = i;
            return LineTokenizeError.ForbiddenVariableChar;
        }

        int nameStart = i;
        if (first == '.')
        {
            i++;
        }

        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '_'))
        {
            i++;
        }

        string name = line[nameStart..i].ToString();
        string? value;
        if (name[0] == '.')
        {
            if (name is not (".LINE" or ".FILE" or ".SECTION"))
            {
                _errorPos = nameStart;
                return LineTokenizeError.ForbiddenVariableChar;
            }
        }

        value = _lookup(name);
        bool wordExpand = false;
        if (At(line, i) == '[' && brace >= 0)
        {
            int we = i;
            i++;
            if (At(line, i) != '*' || At(line, i + 1) != ']')
            {
                _errorPos = we;
                return LineTokenizeError.InvalidWordExpansion;
            }

            i += 2;
            wordExpand = true;
        }

        if (brace >= 0)
        {
            if (At(line, i) == '-')
            {
                int defStart = i + 1;
                while (i < line.Length && line[i] != '}')
                {
                    i++;
                }

                if (i >= line.Length)
                {
                    _errorPos = brace;
                    return LineTokenizeError.UnmatchedBrace;
                }

                value ??= line[defStart..i].ToString();
            }
            else if (At(line, i) != '}')
            {
                _errorPos = brace;
                return LineTokenizeError.UnmatchedBrace;
            }

            i++;
        }

        if (value is null)
        {
            return LineTokenizeError.None;
        }

        for (int v = 0; v < value.Length; v++)
        {
            if (wordExpand && IsSpace(value[v]))
            {
                EndWord(-1);
                argCount++;
                if (argCount >= MaxLineArgs)
                {
                    tooMany = true;
                }

                while (v + 1 < value.Length && IsSpace(value[v + 1]))
                {
                    v++;
                }
            }
            else
            {
                _word.Append(value[v]);
            }
        }

        return LineTokenizeError.None;
    }

    private void EndWord(int start)
    {
        _args.Add(_word.ToString());
        _columns.Add(start + 1);
        _word.Clear();
    }

    private TokenizedLine Fail(LineTokenizeError error, int pos) =>
        new(Array.Empty<string>(), Array.Empty<int>(), error, pos + 1);

    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\v' or '\f';

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToUpperInvariant(c) - 'A' + 10);
}
