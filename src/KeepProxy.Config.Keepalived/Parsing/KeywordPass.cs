using KeepProxy.Config.Keepalived.Lexing;

namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// One read of the config by one keepalived process: lib/parser.c's process_stream() over the preprocessed lines.
/// Keywords of another process's root are skipped with their block; unknown keywords are reported; '{' and '}'
/// are checked the way keepalived checks them ("Extra '}' found", "Missing '{' at beginning of configuration
/// block", "There are N missing '}'s or extra '{'s").
/// </summary>
public sealed class KeywordPass
{
    private readonly PreprocessedConfig _config;
    private readonly ParseContext _context;
    private readonly Subsystem _subsystem;
    private readonly bool _suggest;
    private int _next;
    private int _messageIndex;
    private int _blockDepth;
    private int _skipSublevel;
    private int _kwLevel;

    public KeywordPass(PreprocessedConfig config, ParseContext context, Subsystem subsystem, bool suggest)
    {
        _config = config;
        _context = context;
        _subsystem = subsystem;
        _suggest = suggest;
    }

    public void Run(KeywordTable<KeywordNode> roots)
    {
        _context.ChildPass = _subsystem != Subsystem.Global;
        ProcessStream(roots, needBob: false);
        FlushMessages(int.MaxValue);
        if (_blockDepth > 0 && _context.AbortExitCode is null)
        {
            _context.Report(ConfigError.MissingEob, SourcePosition.None, $"There are {_blockDepth} missing '}}'s or extra '{{'s");
        }
    }

    /// <summary>read_line(): the next logical line, printing preprocessing messages and counting braces.</summary>
    private bool ReadLine(out SourceLine line, out string[] words)
    {
        words = [];
        if (_next >= _config.Lines.Count || _context.AbortExitCode is not null)
        {
            FlushMessages(int.MaxValue);
            line = default;
            return false;
        }

        FlushMessages(_next);
        words = _config.WordsOf(_next);
        line = _config.Lines[_next++];
        if (_context.ChildPass && line.ChildLine != 0 && line.ChildLine != line.Line)
        {
            line = line with { Line = line.ChildLine };
        }

        _context.CurrentLine = line;
        if (line.Text == "{")
        {
            _blockDepth++;
        }
        else if (line.Text == "}")
        {
            if (_blockDepth-- < 1)
            {
                _context.Report(ConfigError.UnexpectedEob, line.Position, "Extra '}' found");
                _blockDepth = 0;
            }
        }

        return true;
    }

    private void FlushMessages(int upToLine)
    {
        var messages = _config.LineMessages;
        while (_messageIndex < messages.Count && messages[_messageIndex].Key <= upToLine)
        {
            KeepalivedMessage m = messages[_messageIndex++].Value;
            if (m.ParentOnly && _context.ChildPass)
            {
                continue;
            }

            _context.Add(m with { ShowFile = m.ShowFile || _context.ChildPass });
        }
    }

    /// <summary>process_stream(); returns true when a skipped block ended the level (keepalived's ret_err).</summary>
    private bool ProcessStream(KeywordTable<KeywordNode> keywords, bool needBob)
    {
        while (ReadLine(out SourceLine line, out string[] words))
        {
            if (words.Length == 0)
            {
                continue;
            }

            string str = words[0];
            if (_skipSublevel == -1)
            {
                if (str == "{")
                {
                    _skipSublevel = 1;
                    needBob = false;
                    continue;
                }

                _skipSublevel = 0;
            }

            if (_skipSublevel != 0)
            {
                foreach (string w in words)
                {
                    if (w == "{")
                    {
                        _skipSublevel++;
                    }
                    else if (w == "}" && --_skipSublevel == 0)
                    {
                        break;
                    }
                }

                if (words[^1] == "}" && _skipSublevel == 0 && _kwLevel > 0)
                {
                    return true;
                }

                continue;
            }

            if (needBob)
            {
                needBob = false;
                if (str == "{" && _kwLevel > 0)
                {
                    continue;
                }

                _context.Report(ConfigError.MissingBob, line.Position, "Missing '{' at beginning of configuration block");
            }
            else if (str == "{")
            {
                _context.Report(ConfigError.UnexpectedBob, line.Position, "Unexpected '{' - ignoring");
                continue;
            }

            if (str == "}" && _kwLevel > 0)
            {
                return false;
            }

            var statement = new Statement(words, line);
            if (!keywords.TryGet(str, out KeywordNode node))
            {
                _context.Report(ConfigError.UnknownKeyword, line.Position, $"Unknown keyword '{str}'");
                if (_suggest && _context.FirstSuggestionAt(line.Position) && keywords.Suggest(str) is { } suggestion)
                {
                    _context.Add(new KeepalivedMessage(ConfigError.Info, line.Position,
                        $"  did you mean '{suggestion}'?", _context.ChildPass || line.ParentShowsFile, Improvement: true));
                }

                continue;
            }

            bool active = node.Owner == _subsystem;
            if (!active)
            {
                // Another process's section: skip it and its block (skip_sublevel), handled in that pass.
                _skipSublevel = words[^1] == "{" ? 1 : -1;
                continue;
            }

            switch (node.Kind)
            {
                case KeywordKind.Leaf:
                    Invoke(node.Handler, statement);
                    break;
                case KeywordKind.ValueBlock:
                    Invoke(node.Handler, statement);
                    List<Statement> values = ReadValueBlock(statement, node.Named);
                    if (node.ValueHandler is { } valueHandler)
                    {
                        Invoke((c, st) => valueHandler(c, st, values), statement);
                    }

                    break;
                case KeywordKind.Block:
                    Invoke(node.Handler, statement);
                    if (_context.SkipBlockRequested)
                    {
                        // skip_block(true): the sub-level reads the '{' and skips to its '}' (no close handler).
                        _context.SkipBlockRequested = false;
                        _skipSublevel = -1;
                    }

                    _kwLevel++;
                    bool skipped = ProcessStream(node.Children!, needBob: true);
                    _kwLevel--;
                    if (!skipped)
                    {
                        node.EndHandler?.Invoke(_context, new Statement(["}"], _context.CurrentLine));
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>alloc_value_block(): the lines of a '{ ... }' block handed to the keyword's handler.</summary>
    private List<Statement> ReadValueBlock(Statement head, bool named)
    {
        var values = new List<Statement>();
        if (head.Count > (named ? 2 : 1))
        {
            _context.Report(ConfigError.GeneralError, head.Position, $"Block {head.Words[0]} has extra parameters {head.Words[named ? 2 : 1]} ...");
        }

        bool needBob = true;
        while (ReadLine(out SourceLine line, out string[] words))
        {
            if (words.Length == 0)
            {
                continue;
            }

            if (needBob)
            {
                needBob = false;
                if (words[0] == "{")
                {
                    continue;
                }
            }

            if (words[0] == "}")
            {
                break;
            }

            values.Add(new Statement(words, line));
        }

        return values;
    }

    /// <summary>
    /// Runs a keyword handler. Handlers apply to the object the enclosing block opened (keepalived's "list tail");
    /// when a mangled file reaches a sub-keyword without that object (e.g. a real_server line whose '{' sits inside an
    /// unterminated quote), keepalived applies it to whatever is there or crashes. We drop the statement instead: the
    /// file is already rejected by the diagnostics that made the object missing, and no exception may reach the user.
    /// </summary>
    private void Invoke(Action<ParseContext, Statement>? handler, Statement statement)
    {
        if (handler is null)
        {
            return;
        }

        try
        {
            handler(_context, statement);
        }
        catch (NullReferenceException)
        {
            // The enclosing object is missing; see above.
        }
    }
}
