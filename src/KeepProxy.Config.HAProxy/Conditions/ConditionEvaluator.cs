using System.Globalization;

namespace KeepProxy.Config.HAProxy.Conditions;

/// <summary>
/// Evaluates haproxy 2.6's conditional expressions (<c>.if</c>, <c>.elif</c>, <c>-cc</c>): terms are integers,
/// <c>!term</c>, <c>( expr )</c> or predicates (defined, feature, streq, strneq, version_atleast, version_before,
/// openssl_version_atleast, openssl_version_before, ssllib_name_startswith); <c>&amp;&amp;</c> binds tighter than
/// <c>||</c>. The recursive descent follows the same steps as haproxy's cfgcond.c so that its error texts, including
/// which sub-string they quote, come out the same.
/// </summary>
public sealed class ConditionEvaluator
{
    private const int MaxDepth = 1024;

    private static readonly (string Name, int Args)[] Predicates =
    [
        ("defined", 1), ("feature", 1), ("streq", 2), ("strneq", 2), ("version_atleast", 1), ("version_before", 1),
        ("openssl_version_atleast", 1), ("openssl_version_before", 1), ("ssllib_name_startswith", 1),
    ];

    private readonly Func<string, string?> _lookup;
    private string _text = "";
    private string? _error;
    private int _errorPos;

    public ConditionEvaluator(Func<string, string?> lookup)
    {
        _lookup = lookup;
    }

    public ConditionResult Evaluate(string text)
    {
        _text = text;
        _error = null;
        _errorPos = 0;
        int pos = 0;
        int ret = ParseExpr(ref pos, out Node? expr, MaxDepth);
        if (ret == 0)
        {
            // cfg_eval_condition(): nothing parsable at all.
            return new ConditionResult(-1, $"unparsable conditional expression '{text}'", 0);
        }

        if (ret < 0)
        {
            return new ConditionResult(-1, _error, _errorPos);
        }

        while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t'))
        {
            pos++;
        }

        if (pos < text.Length)
        {
            return new ConditionResult(-1, $"unexpected character '{text[pos]}' at the end of conditional expression '{text}'", pos);
        }

        return new ConditionResult(Eval(expr!) ? 1 : 0, null, 0);
    }

    private abstract record Node;

    private sealed record Or(Node Left, Node? Right) : Node;

    private sealed record And(Node Left, Node? Right) : Node;

    private sealed record Term(bool Neg, int Kind, bool Const, Node? Inner, int Pred, string[] Args) : Node;

    private int ParseExpr(ref int text, out Node? expr, int depth)
    {
        expr = null;
        int pos = text;
        if (pos >= _text.Length)
        {
            return 0;
        }

        if (depth <= 0)
        {
            return Error($"unparsable conditional expression '{_text[pos..]}'", pos);
        }

        int ret = ParseAnd(ref pos, out Node? left, depth - 1);
        if (ret < 0)
        {
            return ret;
        }

        if (ret == 0)
        {
            return Error($"unparsable conditional expression '{_text[pos..]}'", pos);
        }

        SkipBlanks(ref pos);
        text = pos;
        if (!(pos + 1 < _text.Length && _text[pos] == '|' && _text[pos + 1] == '|'))
        {
            expr = new Or(left!, null);
            return 1;
        }

        pos += 2;
        SkipBlanks(ref pos);
        ret = ParseExpr(ref pos, out Node? right, depth - 1);
        if (ret > 0)
        {
            text = pos;
            expr = new Or(left!, right);
        }

        return ret;
    }

    private int ParseAnd(ref int text, out Node? expr, int depth)
    {
        expr = null;
        int pos = text;
        if (pos >= _text.Length)
        {
            return 0;
        }

        if (depth <= 0)
        {
            return Error($"unparsable conditional sub-expression '{_text[pos..]}'", pos);
        }

        int ret = ParseTerm(ref pos, out Node? left, depth - 1);
        if (ret < 0)
        {
            return ret;
        }

        if (ret == 0)
        {
            return Error($"unparsable conditional sub-expression '{_text[pos..]}'", pos);
        }

        SkipBlanks(ref pos);
        text = pos;
        if (!(pos + 1 < _text.Length && _text[pos] == '&' && _text[pos + 1] == '&'))
        {
            expr = new And(left!, null);
            return 1;
        }

        pos += 2;
        SkipBlanks(ref pos);
        ret = ParseAnd(ref pos, out Node? right, depth - 1);
        if (ret > 0)
        {
            text = pos;
            expr = new And(left!, right);
        }

        return ret;
    }

    private int ParseTerm(ref int text, out Node? term, int depth)
    {
        term = null;
        int start = text;
        int pos = text;
        SkipBlanks(ref pos);
        if (pos >= _text.Length)
        {
            return 0;
        }

        if (depth <= 0)
        {
            return Error($"unparsable conditional expression '{_text[start..]}'", start);
        }

        bool neg = false;
        while (pos < _text.Length && _text[pos] == '!')
        {
            neg = !neg;
            do
            {
                pos++;
            }
            while (pos < _text.Length && (_text[pos] == ' ' || _text[pos] == '\t'));
        }

        // strtol(in, &end, 0): optional sign, then decimal, 0x hex or 0 octal.
        int numEnd = ScanInteger(pos, out bool nonZero);
        if (numEnd != pos)
        {
            term = new Term(neg, 0, nonZero, null, -1, []);
            text = numEnd;
            return 1;
        }

        if (pos < _text.Length && _text[pos] == '(')
        {
            do
            {
                pos++;
            }
            while (pos < _text.Length && (_text[pos] == ' ' || _text[pos] == '\t'));

            int ret = ParseExpr(ref pos, out Node? inner, depth - 1);
            if (ret < 0)
            {
                return ret;
            }

            if (ret == 0)
            {
                return Error($"unparsable conditional expression '{_text[start..]}'", start);
            }

            SkipBlanks(ref pos);
            if (pos >= _text.Length || _text[pos] != ')')
            {
                return Error($"expected ')' after conditional expression '{_text[start..]}'", start);
            }

            do
            {
                pos++;
            }
            while (pos < _text.Length && (_text[pos] == ' ' || _text[pos] == '\t'));

            term = new Term(neg, 1, false, inner, -1, []);
            text = pos;
            return 1;
        }

        int wordEnd = pos;
        while (wordEnd < _text.Length && _text[wordEnd] != ' ' && _text[wordEnd] != '(')
        {
            wordEnd++;
        }

        string word = _text[pos..wordEnd];
        int pred = Array.FindIndex(Predicates, p => p.Name == word);
        if (pred >= 0)
        {
            int ret = ParseArgs(wordEnd, Predicates[pred], out string[] args, out int end);
            if (ret < 0)
            {
                return ret;
            }

            term = new Term(neg, 2, false, null, pred, args);
            text = end;
            return 1;
        }

        return Error($"unparsable conditional expression '{_text[start..]}'", start);
    }

    /// <summary>
    /// The predicate's "(a,b)" argument list, in the spirit of haproxy's make_arg_list(): commas separate, quotes and
    /// backslashes group, blanks are kept, and no list at all means empty arguments.
    /// </summary>
    private int ParseArgs(int pos, (string Name, int Args) pred, out string[] args, out int end)
    {
        args = new string[pred.Args];
        for (int k = 0; k < args.Length; k++)
        {
            args[k] = "";
        }

        end = pos;
        if (pos >= _text.Length || _text[pos] != '(')
        {
            return 1;
        }

        pos++;
        int got = 0;
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            sb.Clear();
            char quote = '\0';
            while (pos < _text.Length)
            {
                char c = _text[pos];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                    else if (c == '\\' && pos + 1 < _text.Length)
                    {
                        sb.Append(_text[++pos]);
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    pos++;
                    continue;
                }

                if (c is ',' or ')')
                {
                    break;
                }

                if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '\\' && pos + 1 < _text.Length)
                {
                    sb.Append(_text[++pos]);
                }
                else
                {
                    sb.Append(c);
                }

                pos++;
            }

            if (pos >= _text.Length)
            {
                return Error($"expected ')' in argument {got + 1} of predicate '{pred.Name}' used in conditional expression", pos);
            }

            if (got < args.Length)
            {
                args[got] = sb.ToString();
            }

            got++;
            if (_text[pos] == ')')
            {
                break;
            }

            if (got >= pred.Args)
            {
                return Error($"expected ')' before '{_text[pos..]}' in argument {got} of predicate '{pred.Name}' used in conditional expression", pos);
            }

            pos++;
        }

        if (got < pred.Args && !(got == 1 && args[0].Length == 0 && pred.Args == 1))
        {
            return Error($"missing arguments (got {got}/{pred.Args}), type 'string' expected in argument {got} of predicate '{pred.Name}' used in conditional expression", pos);
        }

        end = pos + 1;
        return 1;
    }

    private bool Eval(Node node) => node switch
    {
        Or o => Eval(o.Left) || (o.Right is not null && Eval(o.Right)),
        And a => Eval(a.Left) && (a.Right is null || Eval(a.Right)),
        Term t => t.Neg ^ EvalTerm(t),
        _ => false,
    };

    private bool EvalTerm(Term t)
    {
        switch (t.Kind)
        {
            case 0:
                return t.Const;
            case 1:
                return Eval(t.Inner!);
        }

        string a0 = t.Args[0];
        return Predicates[t.Pred].Name switch
        {
            "defined" => a0.Length > 0 && _lookup(a0) is not null,
            "feature" => HAProxyCompat.Features.Contains("+" + a0),
            "streq" => a0 == t.Args[1],
            "strneq" => a0 != t.Args[1],
            "version_atleast" => CompareVersion(HAProxyCompat.EmulatedVersion, a0) >= 0,
            "version_before" => CompareVersion(HAProxyCompat.EmulatedVersion, a0) < 0,
            "openssl_version_atleast" => CompareVersion(HAProxyCompat.SslLibraryVersion, a0) >= 0,
            "openssl_version_before" => CompareVersion(HAProxyCompat.SslLibraryVersion, a0) < 0,
            "ssllib_name_startswith" => HAProxyCompat.SslLibraryName.StartsWith(a0, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>
    /// Compares dotted versions numerically; a "-devN"/"-rc" suffix sorts before the release, and an unparsable version
    /// reads as 0 (haproxy 2.6.12 answers true to <c>version_atleast(abc)</c>).
    /// </summary>
    public static int CompareVersion(string current, string wanted)
    {
        static long[] Parse(string v)
        {
            var parts = new long[4];
            int dash = v.IndexOf('-');
            string main = dash >= 0 ? v[..dash] : v;
            string[] nums = main.Split('.');
            for (int i = 0; i < 3 && i < nums.Length; i++)
            {
                if (!long.TryParse(nums[i], NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]))
                {
                    return new long[4];
                }
            }

            parts[3] = dash >= 0 ? -1 : 0;
            return parts;
        }

        long[] a = Parse(current), b = Parse(wanted);
        for (int i = 0; i < 4; i++)
        {
            if (a[i] != b[i])
            {
                return a[i] < b[i] ? -1 : 1;
            }
        }

        return 0;
    }

    private int ScanInteger(int pos, out bool nonZero)
    {
        nonZero = false;
        int p = pos;
        if (p < _text.Length && (_text[p] == '+' || _text[p] == '-'))
        {
            p++;
        }

        int digitsStart = p;
        if (p + 1 < _text.Length && _text[p] == '0' && (_text[p + 1] == 'x' || _text[p + 1] == 'X') && p + 2 < _text.Length && char.IsAsciiHexDigit(_text[p + 2]))
        {
            p += 2;
            while (p < _text.Length && char.IsAsciiHexDigit(_text[p]))
            {
                nonZero |= _text[p] != '0';
                p++;
            }

            return p;
        }

        while (p < _text.Length && char.IsAsciiDigit(_text[p]))
        {
            nonZero |= _text[p] != '0';
            p++;
        }

        return p == digitsStart ? pos : p;
    }

    private void SkipBlanks(ref int pos)
    {
        while (pos < _text.Length && (_text[pos] == ' ' || _text[pos] == '\t'))
        {
            pos++;
        }
    }

    private int Error(string message, int pos)
    {
        _error = message;
        _errorPos = pos;
        return -1;
    }
}
