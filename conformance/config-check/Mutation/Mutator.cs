using System.Text;

namespace KeepProxy.Conformance.Mutation;

/// <summary>
/// Deterministic config mutations from a seeded <see cref="Random"/>. <see cref="Semantic"/> makes the plausible
/// admin mistakes the committed corpus is generated from (a line lost or doubled, a typo, a number out of range,
/// a bad address, a lost brace); <see cref="Raw"/> adds the hostile ones the fuzz test feeds (random bytes, NUL,
/// invalid UTF-8, unbalanced quotes, deep nesting, long lines, huge numbers). Text is handled as Latin-1 so that
/// every byte value round-trips unchanged.
/// </summary>
public sealed class Mutator
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "255", "256", "300", "65535", "65536", "4294967295", "4294967296", "99999999999999999999",
        "abc", "1.5", "0x10", "1e3", "10s", "10x", "-0",
    ];

    private static readonly string[] Addresses =
    [
        "300.1.2.3", "1.2.3", "1.2.3.4.5", "::gg", "256.256.256.256", "10.0.0.1/33", "localhost", "0.0.0.0", "*",
    ];

    private readonly Random _random;
    private readonly ConfigLanguage _language;

    public Mutator(int seed, ConfigLanguage language)
    {
        _random = new Random(seed);
        _language = language;
    }

    /// <summary>One or two plausible mistakes.</summary>
    public MutationResult Semantic(byte[] original)
    {
        var lines = SplitLines(Latin1.GetString(original), out bool finalNewline);
        var ops = new List<string>();
        int count = _random.Next(10) < 7 ? 1 : 2;
        for (int i = 0; i < count; i++)
        {
            ops.Add(ApplySemantic(lines, ref finalNewline));
        }

        return new MutationResult(Join(lines, finalNewline), ops);
    }

    /// <summary>One to four operations, semantic or hostile.</summary>
    public MutationResult Raw(byte[] original)
    {
        var lines = SplitLines(Latin1.GetString(original), out bool finalNewline);
        var ops = new List<string>();
        int count = 1 + _random.Next(4);
        for (int i = 0; i < count; i++)
        {
            ops.Add(_random.Next(3) == 0 ? ApplySemantic(lines, ref finalNewline) : ApplyRaw(lines, ref finalNewline));
        }

        byte[] bytes = Join(lines, finalNewline);
        if (_random.Next(20) == 0 && bytes.Length > 0)
        {
            // Truncate anywhere, even inside a token or a multi-byte sequence.
            int at = _random.Next(bytes.Length);
            ops.Add($"truncate at byte {at}");
            bytes = bytes[..at];
        }

        return new MutationResult(bytes, ops);
    }

    private string ApplySemantic(List<string> lines, ref bool finalNewline)
    {
        if (lines.Count == 0)
        {
            lines.Add("frobnicate 1");
            return "add a line to an empty file";
        }

        int n = PickContentLine(lines);
        string line = lines[n];
        switch (_random.Next(11))
        {
            case 0:
                lines.RemoveAt(n);
                return $"delete line {n + 1}";
            case 1:
                lines.Insert(n, line);
                return $"duplicate line {n + 1}";
            case 2 when n + 1 < lines.Count:
                (lines[n], lines[n + 1]) = (lines[n + 1], lines[n]);
                return $"swap lines {n + 1} and {n + 2}";
            case 3:
            {
                var number = FindToken(lines, IsNumberLike);
                if (number is { } at)
                {
                    string value = Numbers[_random.Next(Numbers.Length)];
                    lines[at.Line] = Replace(lines[at.Line], at.Start, at.Length, value);
                    return $"number on line {at.Line + 1} -> {value}";
                }

                goto default;
            }
            case 4:
            {
                var word = FirstToken(line);
                if (word is { } w && w.Length > 1 && !line.TrimStart().StartsWith('#'))
                {
                    string typo = Typo(line.Substring(w.Start, w.Length));
                    lines[n] = Replace(line, w.Start, w.Length, typo);
                    return $"typo on line {n + 1}: {typo}";
                }

                goto default;
            }
            case 5:
                lines.Insert(n + 1, Indent(line) + "frobnicate_keyword 1");
                return $"unknown keyword after line {n + 1}";
            case 6:
            {
                var address = FindToken(lines, IsAddressLike);
                if (address is { } at)
                {
                    string value = Addresses[_random.Next(Addresses.Length)];
                    lines[at.Line] = Replace(lines[at.Line], at.Start, at.Length, value);
                    return $"address on line {at.Line + 1} -> {value}";
                }

                goto default;
            }
            case 7:
            {
                int brace = lines.FindIndex(l => l.Contains('}'));
                if (_language == ConfigLanguage.Keepalived && brace >= 0 && _random.Next(2) == 0)
                {
                    int k = lines.FindLastIndex(l => l.Contains('}'));
                    int pick = _random.Next(2) == 0 ? brace : k;
                    int idx = lines[pick].IndexOf('}');
                    lines[pick] = lines[pick].Remove(idx, 1);
                    return $"drop '}}' on line {pick + 1}";
                }

                finalNewline = !finalNewline;
                return finalNewline ? "add final newline" : "remove final newline";
            }
            case 8:
            {
                var tokens = Tokens(line);
                if (tokens.Count > 1)
                {
                    var last = tokens[^1];
                    lines[n] = line.Remove(last.Start, last.Length).TrimEnd();
                    return $"drop last word of line {n + 1}";
                }

                goto default;
            }
            case 9:
            {
                string replacement = _language == ConfigLanguage.Keepalived ? "nosuchif0" : "be_missing";
                string key = _language == ConfigLanguage.Keepalived ? "interface" : "default_backend";
                int at = lines.FindIndex(l => l.TrimStart().StartsWith(key + " ", StringComparison.Ordinal));
                if (at >= 0)
                {
                    var tokens = Tokens(lines[at]);
                    if (tokens.Count > 1)
                    {
                        lines[at] = Replace(lines[at], tokens[1].Start, tokens[1].Length, replacement);
                        return $"{key} on line {at + 1} -> {replacement}";
                    }
                }

                goto default;
            }
            default:
            {
                var tokens = Tokens(line);
                if (tokens.Count > 0)
                {
                    var t = tokens[_random.Next(tokens.Count)];
                    lines[n] = line.Insert(t.Start + t.Length, " " + line.Substring(t.Start, t.Length));
                    return $"duplicate a word on line {n + 1}";
                }

                lines.RemoveAt(n);
                return $"delete line {n + 1}";
            }
        }
    }

    private string ApplyRaw(List<string> lines, ref bool finalNewline)
    {
        if (lines.Count == 0)
        {
            lines.Add("");
        }

        int n = _random.Next(lines.Count);
        string line = lines[n];
        int pos = line.Length == 0 ? 0 : _random.Next(line.Length + 1);
        switch (_random.Next(14))
        {
            case 0:
            {
                var sb = new StringBuilder();
                int len = 1 + _random.Next(8);
                for (int i = 0; i < len; i++)
                {
                    sb.Append((char)_random.Next(256));
                }

                lines[n] = line.Insert(pos, sb.ToString());
                return $"random bytes on line {n + 1}";
            }
            case 1:
                lines[n] = line.Insert(pos, "\0");
                return $"NUL on line {n + 1}";
            case 2:
                lines[n] = line.Insert(pos, _random.Next(3) switch { 0 => "\u00ff", 1 => "\u00c3", _ => "\u00e4\u00b8" });
                return $"invalid UTF-8 on line {n + 1}";
            case 3:
                lines[n] = line.Insert(pos, _random.Next(2) == 0 ? "\"" : "'");
                return $"unbalanced quote on line {n + 1}";
            case 4:
                lines[n] = line.Insert(pos, _random.Next(2) == 0 ? "{" : "}");
                return $"unbalanced brace on line {n + 1}";
            case 5:
            {
                int depth = 50 + _random.Next(300);
                var nest = new List<string>();
                for (int i = 0; i < depth; i++)
                {
                    nest.Add(new string(' ', i % 40) + "level" + i + " {");
                }

                if (_random.Next(2) == 0)
                {
                    for (int i = 0; i < depth; i++)
                    {
                        nest.Add("}");
                    }
                }

                lines.InsertRange(n, nest);
                return $"{depth}-deep nesting at line {n + 1}";
            }
            case 6:
                lines[n] = line + " " + new string((char)('a' + _random.Next(26)), 1000 + _random.Next(20000));
                return $"long line {n + 1}";
            case 7:
                lines[n] = line.Insert(pos, " 9" + new string('9', 10 + _random.Next(60)) + " ");
                return $"huge number on line {n + 1}";
            case 8:
            {
                var tokens = Tokens(line);
                if (tokens.Count > 0)
                {
                    var t = tokens[_random.Next(tokens.Count)];
                    lines[n] = line.Remove(t.Start, t.Length);
                    return $"delete a word on line {n + 1}";
                }

                lines.RemoveAt(n);
                return $"delete line {n + 1}";
            }
            case 9:
            {
                var tokens = Tokens(line);
                if (tokens.Count > 1)
                {
                    int a = _random.Next(tokens.Count), b = _random.Next(tokens.Count);
                    if (a > b)
                    {
                        (a, b) = (b, a);
                    }

                    if (a != b)
                    {
                        var ta = tokens[a];
                        var tb = tokens[b];
                        string wa = line.Substring(ta.Start, ta.Length), wb = line.Substring(tb.Start, tb.Length);
                        lines[n] = line[..ta.Start] + wb + line[(ta.Start + ta.Length)..tb.Start] + wa + line[(tb.Start + tb.Length)..];
                        return $"swap words on line {n + 1}";
                    }
                }

                lines.Insert(n, line);
                return $"duplicate line {n + 1}";
            }
            case 10:
                lines[n] = line.Insert(pos, _random.Next(4) switch { 0 => "${", 1 => "$", 2 => "\\", _ => "@" });
                return $"expansion/escape fragment on line {n + 1}";
            case 11:
                lines.Insert(n, _random.Next(4) switch
                {
                    0 => ".if",
                    1 => ".endif",
                    2 => "include *",
                    _ => "~SEQ(",
                });
                if (lines[n] == "include *")
                {
                    // Never let a mutation include the working directory wholesale.
                    lines[n] = "include nonexistent-keepproxy-fuzz/*.conf";
                }

                return $"directive fragment at line {n + 1}";
            case 12:
                lines[n] = line.Replace(' ', '\t');
                return $"tabs on line {n + 1}";
            default:
                lines[n] = line + "\r";
                return $"CR on line {n + 1}";
        }
    }

    private int PickContentLine(List<string> lines)
    {
        for (int attempt = 0; attempt < 20; attempt++)
        {
            int n = _random.Next(lines.Count);
            string t = lines[n].TrimStart();
            if (t.Length > 0 && t[0] != '#' && t[0] != '!')
            {
                return n;
            }
        }

        return _random.Next(lines.Count);
    }

    private string Typo(string word)
    {
        int i = _random.Next(word.Length - 1);
        return _random.Next(3) switch
        {
            0 => word.Remove(i, 1),
            1 => word[..i] + word[i + 1] + word[i] + word[(i + 2)..],
            _ => word + "x",
        };
    }

    private (int Line, int Start, int Length)? FindToken(List<string> lines, Func<string, bool> predicate)
    {
        var found = new List<(int, int, int)>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].TrimStart().StartsWith('#'))
            {
                continue;
            }

            foreach (var t in Tokens(lines[i]))
            {
                if (predicate(lines[i].Substring(t.Start, t.Length)))
                {
                    found.Add((i, t.Start, t.Length));
                }
            }
        }

        return found.Count == 0 ? null : found[_random.Next(found.Count)];
    }

    private static bool IsNumberLike(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static bool IsAddressLike(string s) => s.Count(c => c == '.') == 3 && char.IsAsciiDigit(s[0]);

    private static (int Start, int Length)? FirstToken(string line)
    {
        var tokens = Tokens(line);
        return tokens.Count == 0 ? null : tokens[0];
    }

    private static List<(int Start, int Length)> Tokens(string line)
    {
        var result = new List<(int, int)>();
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            int start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                result.Add((start, i - start));
            }
        }

        return result;
    }

    private static string Indent(string line) => line[..(line.Length - line.TrimStart().Length)];

    private static string Replace(string s, int start, int length, string value) => s[..start] + value + s[(start + length)..];

    private static List<string> SplitLines(string text, out bool finalNewline)
    {
        finalNewline = text.EndsWith('\n');
        var lines = text.Split('\n').ToList();
        if (finalNewline)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static byte[] Join(List<string> lines, bool finalNewline) =>
        Latin1.GetBytes(string.Join('\n', lines) + (finalNewline && lines.Count > 0 ? "\n" : ""));
}
