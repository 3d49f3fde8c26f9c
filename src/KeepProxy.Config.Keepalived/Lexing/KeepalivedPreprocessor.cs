using System.Globalization;
using System.IO.Enumeration;
using System.Text;
using KeepProxy.Config.Keepalived.Parsing;

namespace KeepProxy.Config.Keepalived.Lexing;

/// <summary>
/// keepalived's read_line() (lib/parser.c) as a pass of its own: it reads the files (following <c>include</c>
/// globs relative to the including file's directory), strips <c>#</c>/<c>!</c> comments, applies <c>@id</c> /
/// <c>@^id</c> lines, <c>$NAME=</c> definitions (multi-line with a trailing backslash) and <c>$NAME</c>/<c>${NAME}</c>
/// uses, replicates <c>~SEQ(VAR, start[, step], end)</c> lines, and splits a <c>{</c> or <c>}</c> onto its own line.
/// </summary>
public sealed class KeepalivedPreprocessor
{
    private const int MaxIncludeDepth = 32;

    // Characters that make Decomment() look closer at a line.
    private static readonly System.Buffers.SearchValues<char> CommentChars = System.Buffers.SearchValues.Create("!#\"\\");

    private readonly string? _configId;
    private readonly List<SourceLine> _lines = new();
    private readonly List<KeyValuePair<int, KeepalivedMessage>> _messages = new();
    private readonly List<string> _files = new();
    private readonly Dictionary<string, Definition> _definitions = new(StringComparer.Ordinal);

    public KeepalivedPreprocessor(string? configId)
    {
        _configId = configId;
    }

    /// <summary>Reads the main config file (which the caller has checked exists) and everything it includes.</summary>
    public PreprocessedConfig Read(string mainFile, Func<string, string>? readFile = null)
    {
        readFile ??= ReadConfigText;
        ReadFile(mainFile, mainFile, showFileInParent: false, depth: 0, readFile);
        return new PreprocessedConfig(_lines, _messages.ToArray(), _files.ToArray());
    }

    /// <summary>Preprocesses text held in memory (tests, fuzzing); includes resolve against <paramref name="baseDir"/>.</summary>
    public PreprocessedConfig ReadText(string displayName, string text)
    {
        _files.Add(displayName);
        ProcessText(displayName, text, showFileInParent: false, depth: 0, File.ReadAllText, Directory.GetCurrentDirectory());
        return new PreprocessedConfig(_lines, _messages.ToArray(), _files.ToArray());
    }

    private void ReadFile(string displayName, string path, bool showFileInParent, int depth, Func<string, string> readFile)
    {
        string text;
        try
        {
            text = readFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            AddMessage(new KeepalivedMessage(ConfigError.FileNotFound, SourcePosition.None,
                $"Configuration file '{displayName}' open problem ({ex.Message}) - skipping", ShowFile: true));
            return;
        }

        _files.Add(displayName);
        string dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "/";
        ProcessText(displayName, text, showFileInParent, depth, readFile, dir);
    }

    /// <summary>
    /// File.ReadAllText without its StreamReader/StringBuilder copies (a large config's text is read once, straight
    /// into one string). Same decoding: UTF-8 with a UTF-8 BOM dropped; any other BOM goes to File.ReadAllText.
    /// </summary>
    internal static string ReadConfigText(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> data = bytes;
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }
        else if (data.Length >= 2 && ((data[0] == 0xFE && data[1] == 0xFF) || (data[0] == 0xFF && data[1] == 0xFE)))
        {
            return File.ReadAllText(path);
        }

        return Encoding.UTF8.GetString(data);
    }

    // Short lines repeat a lot ("}", "state BACKUP", "weight 1"): one string each, which also lets
    // PreprocessedConfig share their words. Fewer live objects is what makes the GC cheaper on a large config.
    private const int MaxInternedLength = 48;
    private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);

    private string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxInternedLength)
        {
            return text.ToString();
        }

        var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out string? s))
        {
            s = text.ToString();
            lookup[text] = s;
        }

        return s;
    }

    /// <summary>MAXBUF - 1: the most characters one fgets() call returns.</summary>
    private const int MaxRead = 1023;

    /// <summary>The line number the children give the line being processed (see ProcessText).</summary>
    private int _childLine;

    private void ProcessText(string displayName, string text, bool showFileInParent, int depth, Func<string, string> readFile, string dir)
    {
        // One logical line per physical line is the common case: size the list once instead of growing it (a large
        // config's line list lives in the large object heap, where every regrowth is a full copy).
        _lines.EnsureCapacity(_lines.Count + text.AsSpan().Count('\n') * 5 / 4 + 16);
        int lineNo = 0;
        int childNo = 0;
        int pos = 0;
        Definition? multiline = null;
        while (pos < text.Length)
        {
            // read_line() reads with fgets(buf, MAXBUF = 1024): a longer line arrives in pieces of 1023 characters,
            // and the line number only advances on a piece that ends with '\n' (measured on long-line.conf: the
            // second piece of line 3 is reported at "Line 2", the last one at "Line 3").
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl + 1;
            if (end - pos > MaxRead)
            {
                end = pos + MaxRead;
            }

            ReadOnlySpan<char> piece = text.AsSpan(pos, end - pos);
            pos = end;
            if (piece.EndsWith('\n'))
            {
                lineNo++;
            }

            childNo++;
            piece = piece.TrimEnd("\r\n");

            // Decomment() drops leading blanks anyway; doing it before the copy saves one string per line. Inside a
            // multi-line definition a blanks-only line must stay non-empty (only an empty line ends it).
            string raw = multiline is null ? Intern(piece.TrimStart(" \t")) : piece.ToString();
            var at = new SourcePosition(displayName, Math.Max(lineNo, 1), 1);

            if (multiline is not null)
            {
                // A $NAME= definition ending in '\' continues until a line without one (or an empty line).
                string part = Decomment(raw, at, showFileInParent);
                bool more = part.EndsWith('\\');
                if (more)
                {
                    part = part[..^1].TrimEnd(' ', '\t');
                }

                if (part.Length > 0)
                {
                    multiline.Lines.Add(part);
                }

                if (!more || raw.Length == 0)
                {
                    multiline = null;
                }

                continue;
            }

            if (raw.Length == 0)
            {
                continue;
            }

            string line = Decomment(raw, at, showFileInParent);
            if (line.Length == 0)
            {
                continue;
            }

            // The children read the parent's copy, where every piece became a line ending in '\n' (so a last line
            // without one is numbered one higher there; measured on mut-001-plain-backup-keepalived-01: parent
            // "(Line 20) Extra '}' found", children "…: Line 21)"). A piece of exactly MaxRead characters is read
            // back before its '\n', with the previous number.
            _childLine = line.Length >= MaxRead ? childNo - 1 : childNo;
            multiline = ProcessLine(line, at, showFileInParent, depth, readFile, dir);
        }
    }

    /// <summary>Handles one decommented physical line; returns a definition that continues on following lines.</summary>
    private Definition? ProcessLine(string line, SourcePosition at, bool showFile, int depth, Func<string, string> readFile, string dir)
    {
        for (int guard = 0; guard < 16; guard++)
        {
            // @id / @^id: keep the line only when the config id matches (or, with ^, does not).
            if (line[0] == '@')
            {
                bool reverse = line.Length > 1 && line[1] == '^';
                int ofs = reverse ? 2 : 1;
                int blank = line.IndexOfAny([' ', '\t'], ofs);
                if (blank < 0)
                {
                    return null;
                }

                bool matches = _configId is not null && string.CompareOrdinal(line, ofs, _configId, 0, Math.Max(blank - ofs, _configId.Length)) == 0 && blank - ofs == _configId.Length;
                if (matches == reverse)
                {
                    return null;
                }

                line = line[blank..].TrimStart(' ', '\t');
                if (line.Length == 0)
                {
                    return null;
                }
            }

            if (line[0] == '$' && TryDefine(line, out Definition? def))
            {
                return def!.Multiline ? def : null;
            }

            if (line.StartsWith("~SEQ", StringComparison.Ordinal))
            {
                ExpandSeq(line, at, showFile, depth, readFile, dir);
                return null;
            }

            if (line[0] == '~')
            {
                break;
            }

            if (_definitions.Count > 0 && line.Contains('$'))
            {
                string? replaced = Substitute(line, out List<string>? extraLines);
                if (replaced is null)
                {
                    break;
                }

                if (extraLines is not null)
                {
                    // A multi-line definition used on a line: its first line replaces the use, the rest follow.
                    Emit(replaced, at, showFile, depth, readFile, dir);
                    foreach (string extra in extraLines)
                    {
                        ProcessLine(extra, at, showFile, depth, readFile, dir);
                    }

                    return null;
                }

                line = Decomment(replaced, at, showFile);
                if (line.Length == 0)
                {
                    return null;
                }

                if (line[0] == '@' || line.Contains('$'))
                {
                    continue;
                }
            }

            break;
        }

        Emit(line, at, showFile, depth, readFile, dir);
        return null;
    }

    private void Emit(string line, SourcePosition at, bool showFile, int depth, Func<string, string> readFile, string dir)
    {
        if (IsInclude(line))
        {
            Include(line, at, showFile, depth, readFile, dir);
            return;
        }

        // Split at the first '{' or '}' outside double quotes, as read_line() does.
        while (line.Length > 0)
        {
            int p = FindBrace(line);
            if (p < 0)
            {
                _lines.Add(new SourceLine(line, at.File, at.Line, showFile) { ChildLine = _childLine });
                return;
            }

            if (p == 0)
            {
                _lines.Add(new SourceLine(line[0] == '{' ? "{" : "}", at.File, at.Line, showFile) { ChildLine = _childLine });
                line = Intern(line.AsSpan(1).Trim(" \t"));
            }
            else
            {
                _lines.Add(new SourceLine(Intern(line.AsSpan(0, p).TrimEnd(" \t")), at.File, at.Line, showFile) { ChildLine = _childLine });
                line = Intern(line.AsSpan(p));
            }
        }
    }

    private static int FindBrace(string line)
    {
        if (line[0] is '{' or '}')
        {
            return 0;
        }

        bool quote = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '"')
            {
                quote = !quote;
            }
            else if (!quote && c is '{' or '}')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsInclude(string line) =>
        line.StartsWith("include", StringComparison.Ordinal) && line.Length > 8 &&
        (line[7] is ' ' or '\t' || ("rmwba".Contains(line[7]) && line[8] is ' ' or '\t'));

    /// <summary><c>include</c> (and includer/m/w/b/a): a glob relative to the including file's directory.</summary>
    private void Include(string line, SourcePosition at, bool showFile, int depth, Func<string, string> readFile, string dir)
    {
        string pattern = line[(line[7] is ' ' or '\t' ? 8 : 9)..].Trim(' ', '\t');
        if (depth >= MaxIncludeDepth)
        {
            return;
        }

        List<string> matches = Glob(pattern, dir);
        if (matches.Count == 0)
        {
            // Measured: "(Line 5) Config files missing 'does-not-exist.conf'." once (parent read only), exit 0.
            AddMessage(new KeepalivedMessage(ConfigError.Ok, at, $"Config files missing '{pattern}'.", ShowFile: showFile, ParentOnly: true));
            return;
        }

        foreach (string match in matches)
        {
            string full = Path.IsPathRooted(match) ? match : Path.Combine(dir, match);
            ReadFile(match, full, showFileInParent: true, depth + 1, readFile);
        }
    }

    /// <summary>A small glob(3): '*', '?' and '[...]' in any path segment, sorted results, no match → empty.</summary>
    internal static List<string> Glob(string pattern, string baseDir)
    {
        var results = new List<string>();
        if (pattern.IndexOfAny(['*', '?', '[']) < 0)
        {
            string full = Path.IsPathRooted(pattern) ? pattern : Path.Combine(baseDir, pattern);
            if (File.Exists(full))
            {
                results.Add(pattern);
            }

            return results;
        }

        bool rooted = pattern.StartsWith('/');
        string[] segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = new List<string> { rooted ? "/" : "" };
        for (int i = 0; i < segments.Length; i++)
        {
            bool last = i == segments.Length - 1;
            var next = new List<string>();
            foreach (string prefix in current)
            {
                string realDir = prefix.Length == 0 ? baseDir : Path.IsPathRooted(prefix) ? prefix : Path.Combine(baseDir, prefix);
                string seg = segments[i];
                if (seg.IndexOfAny(['*', '?', '[']) < 0)
                {
                    string candidate = prefix.Length == 0 ? seg : prefix.EndsWith('/') ? prefix + seg : prefix + "/" + seg;
                    string real = Path.Combine(realDir, seg);
                    if (last ? File.Exists(real) : Directory.Exists(real))
                    {
                        next.Add(candidate);
                    }

                    continue;
                }

                if (!Directory.Exists(realDir))
                {
                    continue;
                }

                var names = new List<string>();
                foreach (string entry in Directory.EnumerateFileSystemEntries(realDir))
                {
                    string name = Path.GetFileName(entry);
                    if (name.StartsWith('.') && !seg.StartsWith('.'))
                    {
                        continue;
                    }

                    if (SegmentMatches(seg, name) && (last ? File.Exists(entry) : Directory.Exists(entry)))
                    {
                        names.Add(name);
                    }
                }

                names.Sort(StringComparer.Ordinal);
                foreach (string name in names)
                {
                    next.Add(prefix.Length == 0 ? name : prefix.EndsWith('/') ? prefix + name : prefix + "/" + name);
                }
            }

            current = next;
        }

        results.AddRange(current);
        return results;
    }

    private static bool SegmentMatches(string pattern, string name)
    {
        if (pattern.IndexOf('[') < 0)
        {
            return FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: false);
        }

        return Match(pattern, 0, name, 0);
    }

    private static bool Match(string p, int pi, string s, int si)
    {
        while (pi < p.Length)
        {
            char c = p[pi];
            if (c == '*')
            {
                for (int k = si; k <= s.Length; k++)
                {
                    if (Match(p, pi + 1, s, k))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (si >= s.Length)
            {
                return false;
            }

            if (c == '?')
            {
                pi++;
                si++;
                continue;
            }

            if (c == '[')
            {
                int close = p.IndexOf(']', pi + 2);
                if (close < 0)
                {
                    if (s[si] != '[')
                    {
                        return false;
                    }

                    pi++;
                    si++;
                    continue;
                }

                bool negate = p[pi + 1] is '!' or '^';
                bool found = false;
                for (int k = pi + 1 + (negate ? 1 : 0); k < close; k++)
                {
                    if (k + 2 < close && p[k + 1] == '-')
                    {
                        found |= s[si] >= p[k] && s[si] <= p[k + 2];
                        k += 2;
                    }
                    else
                    {
                        found |= s[si] == p[k];
                    }
                }

                if (found == negate)
                {
                    return false;
                }

                pi = close + 1;
                si++;
                continue;
            }

            if (c != s[si])
            {
                return false;
            }

            pi++;
            si++;
        }

        return si == s.Length;
    }

    /// <summary>
    /// decomment(): trims, cuts at the first '#' or '!' outside double quotes, un-escapes "\#" and "\!", keeps a
    /// final '\' (multi-line definitions), and reports an unterminated quote.
    /// </summary>
    internal string Decomment(string raw, SourcePosition at, bool showFile)
    {
        string str = raw.TrimStart(' ', '\t');
        if (str.AsSpan().IndexOfAny(CommentChars) < 0)
        {
            ReadOnlySpan<char> trimmed = str.AsSpan().TrimEnd(" \t\v\f");
            return trimmed.Length == str.Length ? str : Intern(trimmed);
        }

        var sb = new StringBuilder(str.Length);
        bool quote = false;
        bool cont = false;
        for (int i = 0; i < str.Length; i++)
        {
            char c = str[i];
            if (c == '"')
            {
                quote = !quote;
                sb.Append(c);
                continue;
            }

            if (c == '\\')
            {
                if (i + 1 < str.Length)
                {
                    if (!quote && str[i + 1] is '#' or '!')
                    {
                        sb.Append(str[i + 1]);
                    }
                    else
                    {
                        sb.Append(c).Append(str[i + 1]);
                    }

                    i++;
                    continue;
                }

                cont = true;
                break;
            }

            if (!quote && c is '!' or '#')
            {
                break;
            }

            sb.Append(c);
        }

        if (quote)
        {
            AddMessage(new KeepalivedMessage(ConfigError.GeneralError, at, $"Unterminated quote '{str}'", showFile));
        }

        string result = sb.ToString().TrimEnd(' ', '\t');
        return cont ? result + "\\" : result;
    }

    private bool TryDefine(string line, out Definition? def)
    {
        def = null;
        if (line.Length < 2 || !(char.IsAsciiLetter(line[1]) || line[1] == '_'))
        {
            return false;
        }

        int p = 2;
        while (p < line.Length && line[p] != '=' && (char.IsAsciiLetterOrDigit(line[p]) || line[p] == '_'))
        {
            p++;
        }

        string name = line[1..p];
        while (p < line.Length && line[p] is ' ' or '\t')
        {
            p++;
        }

        if (p >= line.Length || line[p] != '=')
        {
            return false;
        }

        string value = line[(p + 1)..].TrimStart(' ', '\t');
        bool multiline = value.EndsWith('\\');
        def = new Definition(name) { Multiline = multiline };
        if (multiline)
        {
            value = value[..^1].TrimEnd(' ', '\t');
        }

        if (value.Length > 0 || !multiline)
        {
            def.Lines.Add(value);
        }

        _definitions[name] = def;
        return true;
    }

    /// <summary>replace_param(): replaces known $NAME / ${NAME}; null when nothing was replaced.</summary>
    private string? Substitute(string line, out List<string>? extraLines)
    {
        extraLines = null;
        var sb = new StringBuilder(line.Length + 16);
        bool found = false;
        int i = 0;
        while (i < line.Length)
        {
            if (line[i] != '$' || i + 1 >= line.Length)
            {
                sb.Append(line[i++]);
                continue;
            }

            bool braces = line[i + 1] == '{';
            int start = i + (braces ? 2 : 1);
            int end = start;
            if (end < line.Length && (char.IsAsciiLetter(line[end]) || line[end] == '_'))
            {
                end++;
                while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] == '_'))
                {
                    end++;
                }
            }

            bool okEnd = braces ? end < line.Length && line[end] == '}' :
                end == line.Length || line[end] is ' ' or '\t' or ',' or ')';
            if (end > start && okEnd && _definitions.TryGetValue(line[start..end], out Definition? def))
            {
                found = true;
                if (def.Multiline && def.Lines.Count > 1)
                {
                    sb.Append(def.Lines[0]);
                    extraLines = def.Lines.Skip(1).ToList();
                    string rest = line[(braces ? end + 1 : end)..];
                    if (rest.Length > 0)
                    {
                        extraLines[^1] += rest;
                    }

                    return sb.ToString();
                }

                sb.Append(def.Lines.Count > 0 ? def.Lines[0] : "");
                i = braces ? end + 1 : end;
                continue;
            }

            sb.Append(line[i++]);
        }

        return found ? sb.ToString() : null;
    }

    /// <summary>strtol(text + pos, &amp;end, 0): blanks, a sign, then decimal, 0x hex or 0 octal digits (0 when none).</summary>
    internal static long Strtol(string text, ref int pos)
    {
        int p = pos;
        while (p < text.Length && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        bool negative = false;
        if (p < text.Length && text[p] is '+' or '-')
        {
            negative = text[p] == '-';
            p++;
        }

        int radix = 10;
        if (p + 1 < text.Length && text[p] == '0' && text[p + 1] is 'x' or 'X' && p + 2 < text.Length && char.IsAsciiHexDigit(text[p + 2]))
        {
            radix = 16;
            p += 2;
        }
        else if (p < text.Length && text[p] == '0')
        {
            radix = 8;
        }

        int digitsStart = p;
        long value = 0;
        while (p < text.Length)
        {
            int d = char.IsAsciiDigit(text[p]) ? text[p] - '0' : char.IsAsciiHexDigit(text[p]) ? (char.ToLowerInvariant(text[p]) - 'a' + 10) : 99;
            if (d >= radix)
            {
                break;
            }

            value = value > (long.MaxValue - d) / radix ? long.MaxValue : value * radix + d;
            p++;
        }

        if (p == digitsStart)
        {
            return 0; // no conversion: end stays at the start
        }

        pos = p;
        return negative ? -value : value;
    }

    /// <summary>~SEQ(VAR, end) / ~SEQ(VAR, start, end) / ~SEQ(VAR, start, step, end) text.</summary>
    private void ExpandSeq(string line, SourcePosition at, bool showFile, int depth, Func<string, string> readFile, string dir)
    {
        void SeqError(string what)
        {
            AddMessage(new KeepalivedMessage(ConfigError.GeneralError, at, $"Invalid ~SEQ {what} '{line}'", showFile));
            AddMessage(new KeepalivedMessage(ConfigError.GeneralError, at, $"Invalid ~SEQ specification '{line}'", showFile));
        }

        int open = line.IndexOf('(');
        int close = line.IndexOf(')');
        bool hex = line.Length > 4 && line[4] == 'x';
        if (open < 0 || close < open || line[(hex ? 5 : 4)..open].Trim().Length != 0)
        {
            AddMessage(new KeepalivedMessage(ConfigError.GeneralError, at, $"Invalid ~SEQ specification '{line}'", showFile));
            return;
        }

        // add_seq(): VAR up to a blank, ',' or ')'; then up to three strtol(…, 0) numbers separated by ','.
        int p = open + 1;
        while (p < line.Length && line[p] is ' ' or '\t')
        {
            p++;
        }

        int varStart = p;
        while (p < line.Length && line[p] is not (' ' or '\t' or ',' or ')'))
        {
            p++;
        }

        string var = line[varStart..p];
        while (p < line.Length && line[p] is ' ' or '\t')
        {
            p++;
        }

        if (p >= line.Length || line[p] == ')' || var.Length == 0)
        {
            SeqError("definition");
            return;
        }

        string args = line[(p + 1)..(close + 1)];
        if (args.Contains('$'))
        {
            args = Substitute(args, out _) ?? args;
        }

        var nums = new List<long>(3);
        int q = 0;
        while (true)
        {
            nums.Add(Strtol(args, ref q));
            while (q < args.Length && args[q] is ' ' or '\t')
            {
                q++;
            }

            if (q < args.Length && args[q] == ')')
            {
                break;
            }

            if (nums.Count == 3 || q >= args.Length || args[q] != ',')
            {
                SeqError("definition");
                return;
            }

            q++;
        }

        long start, step, last;
        switch (nums.Count)
        {
            case 1:
                last = nums[0];
                step = last < 1 ? -1 : 1;
                start = last < 0 ? -1 : 1;
                break;
            case 2:
                start = nums[0];
                last = nums[1];
                step = start <= last ? 1 : -1;
                break;
            default:
                start = nums[0];
                step = nums[1];
                last = nums[2];
                if (step == 0 || (start < last && step < 0) || (start > last && step > 0))
                {
                    SeqError("values");
                    return;
                }

                break;
        }

        if (hex && (start < 0 || last < 0))
        {
            AddMessage(new KeepalivedMessage(ConfigError.GeneralError, at, $"~SEQx is only valid for positive numbers '{line}'", showFile));
            AddMessage(new KeepalivedMessage(ConfigError.GeneralError, at, $"Invalid ~SEQ specification '{line}'", showFile));
            return;
        }

        string text = line[(close + 1)..].TrimStart(' ', '\t');
        if (text.Length == 0)
        {
            return;
        }

        for (long v = start; step > 0 ? v <= last : v >= last; v += step)
        {
            string value = hex ? v.ToString("x", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);
            var def = new Definition(var);
            def.Lines.Add(value);
            _definitions[var] = def;
            ProcessLine(text, at, showFile, depth, readFile, dir);
        }
    }

    private void AddMessage(KeepalivedMessage message) =>
        _messages.Add(new KeyValuePair<int, KeepalivedMessage>(_lines.Count, message));

    private sealed class Definition(string name)
    {
        public string Name { get; } = name;

        public bool Multiline { get; init; }

        public List<string> Lines { get; } = new();
    }
}
