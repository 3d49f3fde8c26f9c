using System.Text;
using KeepProxy.Config.HAProxy.Conditions;
using KeepProxy.Config.HAProxy.Lexing;
using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// One load: reads the files line by line as haproxy 2.6's readcfgfile() does (conditional blocks, directives,
/// section switching, keyword dispatch), then builds the model and runs the validity pass. All state lives here,
/// so loads never share anything.
/// </summary>
internal sealed partial class LoadSession
{
    private const int MaxNestedConds = 100;

    private readonly HAProxyLoadOptions _options;
    private readonly DiagnosticBag _diag = new();
    private readonly Dictionary<string, string?> _envOverlay = new(StringComparer.Ordinal);
    private readonly LineTokenizer _tokenizer;
    private readonly ConditionEvaluator _conditions;
    private readonly HostResolver _resolver;
    private readonly AddressParser _addresses;
    private readonly List<PendingServerAddress> _pendingAddresses = new();
    private readonly List<PendingUserlistRef> _pendingUserlistRefs = new();
    private (SourcePosition Position, string Message)? _unsupportedSection;
    private readonly GlobalBuilder _global = new();
    private readonly List<ProxyBuilder> _proxies = new();
    private readonly Dictionary<string, List<ProxyBuilder>> _proxiesByName = new(StringComparer.Ordinal);
    private readonly List<Userlist> _userlists = new();
    private readonly List<Section> _sections = new();

    private string _file = "";
    private int _line;
    private string _sectionKind = "";
    private string? _sectionName;
    private ProxyBuilder? _proxy;
    private ProxyBuilder? _lastDefaults;
    private SectionBuilder? _minor;
    private UserlistBuilder? _userlist;
    private bool _fatal;
    private bool _abort;
    private int _fatalCount;

    public LoadSession(HAProxyLoadOptions options)
    {
        _options = options;
        _tokenizer = new LineTokenizer(Lookup);
        _conditions = new ConditionEvaluator(Lookup);
        _resolver = new HostResolver(options.ResolveHost);
        _addresses = new AddressParser(Lookup, _resolver);
    }

    private string? Lookup(string name)
    {
        switch (name)
        {
            case ".LINE":
                return _line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case ".FILE":
                return _file;
            case ".SECTION":
                return _sectionName ?? _sectionKind;
        }

        if (_envOverlay.TryGetValue(name, out string? v))
        {
            return v;
        }

        if (_options.Environment is { } env)
        {
            return env.TryGetValue(name, out string? e) ? e : null;
        }

        return System.Environment.GetEnvironmentVariable(name);
    }

    public HAProxyLoadResult Run(IReadOnlyList<string> inputs)
    {
        var files = new List<string>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                // cfgfiles_expand_directories(): regular files ending in ".cfg", not hidden, in alphasort order.
                var names = Directory.EnumerateFiles(input)
                    .Select(Path.GetFileName)
                    .Where(n => n is not null && !n.StartsWith('.') && n.EndsWith(".cfg", StringComparison.Ordinal))
                    .Select(n => n!)
                    .ToList();
                names.Sort(StringComparer.Ordinal);
                files.AddRange(names.Select(n => input.TrimEnd('/') + "/" + n));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                _diag.Alert(SourcePosition.None, $"Cannot open configuration file/directory {input} : No such file or directory");
                return Finish(HAProxyVerdict.Invalid, build: false);
            }
        }

        foreach (string file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _diag.Alert(SourcePosition.None, $"Could not open configuration file {file} : {(ex is UnauthorizedAccessException ? "Permission denied" : ex.Message)}");
                return Finish(HAProxyVerdict.Invalid, build: false);
            }

            bool fileFatal = ReadFile(file, text);
            if (fileFatal || _abort)
            {
                _diag.Alert(SourcePosition.None, $"Error(s) found in configuration file : {file}");
            }

            if (_abort)
            {
                return Finish(HAProxyVerdict.Invalid, build: false);
            }
        }

        if (_fatal)
        {
            _diag.Alert(SourcePosition.None, "Fatal errors found in configuration.");
            return Finish(HAProxyVerdict.Invalid, build: true);
        }

        var config = BuildConfig();
        if (!PostSectionChecks(config))
        {
            _diag.Alert(SourcePosition.None, "Fatal errors found in configuration.");
            return new HAProxyLoadResult(config, _diag.ToImmutable(), HAProxyVerdict.Invalid);
        }

        var validity = new Validation.ValidityChecker(config, _diag);
        bool validityFatal = validity.Run();
        if (validityFatal)
        {
            _diag.Alert(SourcePosition.None, "Fatal errors found in configuration.");
            return new HAProxyLoadResult(config, _diag.ToImmutable(), HAProxyVerdict.Invalid);
        }

        if (!ResolveServerAddresses())
        {
            _diag.Alert(SourcePosition.None, "Failed to initialize server(s) addr.");
            return new HAProxyLoadResult(config, _diag.ToImmutable(), HAProxyVerdict.Invalid);
        }

        if (_diag.HasWarnings && (_options.WarningsFatal || _global.ZeroWarning))
        {
            _diag.Alert(SourcePosition.None, "Some warnings were found and 'zero-warning' is set. Aborting.");
            return new HAProxyLoadResult(config, _diag.ToImmutable(), HAProxyVerdict.Invalid);
        }

        bool listener = config.Proxies.Any(p => p.HasFrontend && !p.Disabled && p.Binds.Count > 0)
            || config.SectionsOf("peers").Any(s => s.Directives.Any(d => d.Keyword is "peer" or "bind"))
            || config.SectionsOf("log-forward").Any(s => s.Directives.Any(d => d.Keyword is "bind" or "dgram-bind"));
        return new HAProxyLoadResult(config, _diag.ToImmutable(), listener ? HAProxyVerdict.Valid : HAProxyVerdict.NoListener);
    }

    /// <summary>
    /// The post-section checks haproxy runs before check_config_validity(): program sections need a command and
    /// master-worker mode (cfg_program_postparse()).
    /// </summary>
    private bool PostSectionChecks(HAProxyConfig config)
    {
        bool ok = true;
        bool programs = false;
        foreach (var program in config.SectionsOf("program"))
        {
            programs = true;
            if (!program.Directives.Any(d => d.Args.Count > 0 && d.Args[0] == "command"))
            {
                _diag.Alert(SourcePosition.None, $"The program section '{program.Name}' lacks a command to launch.");
                ok = false;
            }
        }

        foreach (var r in _pendingUserlistRefs)
        {
            if (!config.Userlists.Any(u => u.Name == r.Userlist))
            {
                _diag.Alert(r.Position, $"parsing [{r.Position.File}:{r.Position.Line}]: unable to find userlist '{r.Userlist}' referenced in arg 1 of ACL keyword '{r.Keyword}' in proxy '{r.Proxy}'.");
                ok = false;
            }
        }

        ok &= ResolveReferences(config);
        if (programs && !_global.MasterWorker)
        {
            _diag.Alert(SourcePosition.None, "Can't use a 'program' section without master worker mode.");
            ok = false;
        }

        if (ok)
        {
            foreach (var program in config.SectionsOf("program"))
            {
                _diag.Warning(program.Position, $"parsing [{program.Position.File}:{program.Position.Line}] : 'program' section is recognised but not supported by KeepProxy yet; its lines are kept but not used.", improvement: true);
            }
        }

        return ok;
    }

    /// <summary>
    /// haproxy's srv_init_addr() with the default "init-addr last,libc": a server given by name is resolved once
    /// parsing and the validity pass are done; a name that does not resolve is fatal.
    /// </summary>
    private bool ResolveServerAddresses()
    {
        bool ok = true;
        foreach (var s in _pendingAddresses)
        {
            if (!AddressParser.IsValidHostname(s.Host) || !_resolver.CanResolve(s.Host))
            {
                _diag.Alert(s.Position, $"[{s.Position.File}:{s.Position.Line}] : '{s.Where}' : could not resolve address '{s.Host}'.");
                ok = false;
            }
        }

        return ok;
    }

    private HAProxyLoadResult Finish(HAProxyVerdict verdict, bool build) =>
        new(build ? BuildConfig() : HAProxyConfig.Empty, _diag.ToImmutable(), verdict);

    private HAProxyConfig BuildConfig()
    {
        CloseSection();
        return new HAProxyConfig(_global.Build(), _proxies.Select(p => p.Build()).ToArray(), _userlists.ToArray(), _sections.ToArray());
    }

    /// <summary>Reads one file; returns true when it had fatal errors (haproxy's ERR_FATAL for this file).</summary>
    private bool ReadFile(string file, string text)
    {
        _file = file;
        _line = 0;
        bool fatalBefore = _fatal;
        _fatal = false;
        _fatalCount = 0;
        var conds = new List<CondState> { CondState.None };
        int pos = 0;
        int missingLf = -1;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            ReadOnlySpan<char> raw = text.AsSpan(pos, end - pos);
            pos = nl < 0 ? text.Length : nl + 1;
            _line++;
            if (nl < 0)
            {
                missingLf = raw.Length;
            }

            if (_fatalCount >= 50)
            {
                Alert($"parsing [{_file}:{_line}]: too many fatal errors ({_fatalCount}), stopping now.", fatal: false);
                break;
            }

            int nul = raw.IndexOf('\0');
            if (nul >= 0)
            {
                // readcfgfile(): a NUL in a line is fatal for that line, and reading goes on.
                Alert($"parsing [{_file}:{_line}]: Stray NUL character at position {nul + 1}.");
                continue;
            }

            if (!ProcessLine(raw, conds))
            {
                break;
            }

            if (_abort)
            {
                break;
            }
        }

        if (!_abort)
        {
            CheckCacheSize();
        }

        if (_unsupportedSection is var (position, message))
        {
            _diag.Warning(position, message, improvement: true);
            _unsupportedSection = null;
        }

        if (!_abort)
        {
            if (missingLf >= 0)
            {
                Alert($"parsing [{_file}:{_line}]: Missing LF on last line, file might have been truncated at position {missingLf + 1}.", countFatal: false);
            }

            if (conds.Count > 1)
            {
                Alert($"parsing [{_file}:{_line}]: non-terminated '.if' block.");
                _abort = true;
            }
        }

        bool fileFatal = _fatal;
        _fatal |= fatalBefore;
        return fileFatal;
    }

    private enum CondState
    {
        None,
        IfTake,
        IfDrop,
        IfSkip,
        ElifTake,
        ElifDrop,
        ElifSkip,
        ElseTake,
        ElseDrop,
    }

    private static bool Masked(CondState s) =>
        s is CondState.IfDrop or CondState.IfSkip or CondState.ElifDrop or CondState.ElifSkip or CondState.ElseDrop;

    /// <summary>Handles one line; returns false when haproxy would stop reading the file.</summary>
    private bool ProcessLine(ReadOnlySpan<char> raw, List<CondState> conds)
    {
        int lead = 0;
        while (lead < raw.Length && char.IsWhiteSpace(raw[lead]))
        {
            lead++;
        }

        if (lead < raw.Length && raw[lead] == '[')
        {
            // haproxy's "[scope]" lines only name a scope for messages; nothing to do.
            return true;
        }

        var line = _tokenizer.Tokenize(raw);
        if (line.Error != LineTokenizeError.None)
        {
            ReportTokenError(raw, lead, line);
            return true;
        }

        if (line.Count == 0 || line[0].Length == 0)
        {
            return true;
        }

        string kw = line[0];
        if (kw[0] == '.')
        {
            switch (kw)
            {
                case ".if":
                case ".elif":
                    return HandleIf(line, conds, kw == ".elif");
                case ".else":
                case ".endif":
                    return HandleElseEndif(line, conds, kw);
            }
        }

        if (conds.Count > 1 && Masked(conds[^1]))
        {
            return true;
        }

        if (kw[0] == '.')
        {
            return HandleMessageDirective(line, kw);
        }

        bool negate = false, deflt = false;
        string[] args = line.Args;
        int[] cols = line.Columns;
        if (kw is "no" or "default")
        {
            negate = kw == "no";
            deflt = kw == "default";
            args = args[1..];
            cols = cols[1..];
            if (args.Length == 0 || args[0] is not ("option" or "log" or "busy-polling" or "set-dumpable" or "strict-limits" or "insecure-fork-wanted" or "numa-cpu-mapping"))
            {
                Alert($"parsing [{_file}:{_line}]: negation/default currently supported only for options, log, busy-polling, set-dumpable, strict-limits, insecure-fork-wanted and numa-cpu-mapping.");
            }

            if (args.Length == 0)
            {
                return true;
            }
        }

        var words = new Words(args, cols, negate, deflt, new SourcePosition(_file, _line, cols[0]));
        if (Array.IndexOf(KeywordNames.Sections, words[0]) >= 0)
        {
            StartSection(words);
            return true;
        }

        switch (_sectionKind)
        {
            case "":
                Alert($"parsing [{_file}:{_line}]: unknown keyword '{words[0]}' out of section.");
                break;
            case "global":
                ParseGlobal(words);
                break;
            case "defaults":
            case "frontend":
            case "backend":
            case "listen":
                ParseProxyLine(words);
                break;
            default:
                ParseMinor(words);
                break;
        }

        return true;
    }

    private void ReportTokenError(ReadOnlySpan<char> raw, int lead, TokenizedLine line)
    {
        string shown = Sanitize(raw[lead..]);
        int newpos = Math.Max(0, line.ErrorColumn - 1 - lead);
        string what = line.Error switch
        {
            LineTokenizeError.UnmatchedQuote => "unmatched quote",
            LineTokenizeError.UnmatchedBrace => "unmatched brace in environment variable name",
            LineTokenizeError.ForbiddenVariableChar => "forbidden first char in environment variable name",
            LineTokenizeError.InvalidHex => "truncated or invalid hexadecimal sequence",
            LineTokenizeError.InvalidWordExpansion => "truncated or invalid word expansion sequence",
            _ => "",
        };
        if (line.Error == LineTokenizeError.TooManyWords)
        {
            Alert($"parsing [{_file}:{_line}]: too many words, truncating after word {LineTokenizer.MaxLineArgs}, position {line.ErrorColumn}: <{line[LineTokenizer.MaxLineArgs - 1]}>.");
            return;
        }

        Alert($"parsing [{_file}:{_line}]: {what} at position {line.ErrorColumn}:\n  {shown}\n  {new string(' ', newpos)}^");
    }

    private static string Sanitize(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            sb.Append(c < ' ' || c == 127 ? '?' : c);
        }

        return sb.ToString();
    }

    private bool HandleIf(TokenizedLine line, List<CondState> conds, bool elif)
    {
        string expr = string.Join(' ', line.Args.Skip(1));
        string kw = line[0];
        if (!elif)
        {
            if (conds.Count >= MaxNestedConds)
            {
                Alert($"parsing [{_file}:{_line}]: too many nested '.if', max is {MaxNestedConds}.");
                _abort = true;
                return false;
            }

            if (conds.Count > 1 && Masked(conds[^1]))
            {
                conds.Add(CondState.IfSkip);
                return true;
            }
        }
        else
        {
            if (conds.Count <= 1)
            {
                Alert($"parsing [{_file}:{_line}]: lone '.elif' with no matching '.if'.");
                _abort = true;
                return false;
            }

            var cur = conds[^1];
            if (cur is CondState.ElseTake or CondState.ElseDrop)
            {
                Alert($"parsing [{_file}:{_line}]: '.elif' after '.else' is not permitted.");
                _abort = true;
                return false;
            }

            if (cur is CondState.IfTake or CondState.IfSkip or CondState.ElifTake or CondState.ElifSkip)
            {
                conds[^1] = CondState.ElifSkip;
                return true;
            }
        }

        // cfg_eval_condition(): no condition at all (".if" alone, or ".if \"\"") is false, not an error.
        var result = string.IsNullOrWhiteSpace(expr) ? default : _conditions.Evaluate(expr);
        if (result.IsError)
        {
            string shown = Sanitize(expr);
            Alert($"parsing [{_file}:{_line}]: {result.Error} in '{kw}' at position {result.ErrorOffset + 1}:\n  {kw} {shown}\n  {new string(' ', result.ErrorOffset + kw.Length + 1)}^");
            _abort = true;
            return false;
        }

        var state = elif
            ? (result.Value > 0 ? CondState.ElifTake : CondState.ElifDrop)
            : (result.Value > 0 ? CondState.IfTake : CondState.IfDrop);
        if (elif)
        {
            conds[^1] = state;
        }
        else
        {
            conds.Add(state);
        }

        return true;
    }

    private bool HandleElseEndif(TokenizedLine line, List<CondState> conds, string kw)
    {
        if (line.Count > 1 && line[1].Length > 0)
        {
            Alert($"parsing [{_file}:{_line}]: Unexpected argument '{line[1]}' for '{kw}'.");
            _abort = true;
            return false;
        }

        if (conds.Count <= 1)
        {
            Alert($"parsing [{_file}:{_line}]: lone '{kw}' with no matching '.if'.");
            _abort = true;
            return false;
        }

        if (kw == ".endif")
        {
            conds.RemoveAt(conds.Count - 1);
            return true;
        }

        var cur = conds[^1];
        if (cur is CondState.ElseTake or CondState.ElseDrop)
        {
            Alert($"parsing [{_file}:{_line}]: '.else' after '.else' is not permitted.");
            _abort = true;
            return false;
        }

        conds[^1] = cur is CondState.IfTake or CondState.IfSkip or CondState.ElifTake or CondState.ElifSkip
            ? CondState.ElseDrop
            : CondState.ElseTake;
        return true;
    }

    private bool HandleMessageDirective(TokenizedLine line, string kw)
    {
        if (kw is not (".alert" or ".warning" or ".notice" or ".diag"))
        {
            Alert($"parsing [{_file}:{_line}]: unknown directive '{kw}'.");
            return false;
        }

        if (line.Count > 2 && line[2].Length > 0)
        {
            Alert($"parsing [{_file}:{_line}]: Unexpected argument '{line[2]}' for '{kw}'. Use quotes if the message should contain spaces.");
            return true;
        }

        string text = $"parsing [{_file}:{_line}]: '{line[1]}'.";
        var pos = new SourcePosition(_file, _line, line.Columns[0]);
        switch (kw)
        {
            case ".alert":
                _diag.Alert(pos, text);
                _fatal = true;
                _abort = true;
                return false;
            case ".warning":
                _diag.Warning(pos, text);
                break;
            case ".notice":
                _diag.Notice(pos, text);
                break;
        }

        // ".diag" prints only under -dD, which a config check does not enable.
        return true;
    }

    private SourcePosition Here(int column = 1) => new(_file, _line, column);

    /// <summary>Reports an alert for the current line; counts as a fatal error like haproxy's ERR_ALERT|ERR_FATAL.</summary>
    private void Alert(string message, bool fatal = true, bool countFatal = true, int column = 1)
    {
        _diag.Alert(Here(column), message);
        if (fatal)
        {
            _fatal = true;
            if (countFatal)
            {
                _fatalCount++;
            }
        }
    }

    private void Warning(string message, bool improvement = false, int column = 1) =>
        _diag.Warning(Here(column), message, improvement);

    private string P => $"parsing [{_file}:{_line}] : ";
}
