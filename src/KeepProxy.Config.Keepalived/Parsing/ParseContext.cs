using KeepProxy.Config.Keepalived.Lexing;
using KeepProxy.Config.Keepalived.Model;
using KeepProxy.Config.Keepalived.Parsing.Builders;

namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// State shared by the keyword handlers of all passes: the builders (keepalived's global_data, vrrp_data,
/// check_data) and the messages in the order keepalived prints them.
/// </summary>
public sealed class ParseContext
{
    private readonly List<KeepalivedMessage> _messages = new();
    private readonly HashSet<SourcePosition> _suggested = new();

    public ParseContext(IReadOnlySet<string> interfaces, Func<string, bool> userExists, Func<string, bool> scriptExecutable)
    {
        Interfaces = interfaces;
        UserExists = userExists;
        ScriptExecutable = scriptExecutable;
    }

    public IReadOnlySet<string> Interfaces { get; }

    public Func<string, bool> UserExists { get; }

    /// <summary>True when the script's program (first word, searched in PATH) exists and is executable.</summary>
    public Func<string, bool> ScriptExecutable { get; }

    /// <summary>getaddrinfo() succeeds for the name (smtp_server's domain_stosockaddr).</summary>
    public Func<string, bool> HostResolves { get; init; } = static _ => false;

    /// <summary>
    /// Set by if_get_by_ifname(IF_CREATE_IF_DYNAMIC) for a name that does not exist; the VRRP process then stops with
    /// "Non-existent interface specified in configuration" before its completion checks.
    /// </summary>
    public bool NonExistentInterfaceSpecified { get; set; }

    /// <summary>A block keyword's handler called skip_block(true): its block is read and ignored.</summary>
    public bool SkipBlockRequested { get; set; }

    /// <summary>
    /// misc_user_handler() removed the MISC_CHECK being read (keepalived's new_misck_checker = NULL): its remaining
    /// misc_* lines and end handler do nothing.
    /// </summary>
    public bool SkipCheckerBody { get; set; }

    /// <summary>alloc_rule()'s next_rule_priority_ipv4 / _ipv6 (RULE_START_PRIORITY = 16384), counted down per rule.</summary>
    public uint NextRulePriorityV4 { get; set; } = 16384;

    public uint NextRulePriorityV6 { get; set; } = 16384;

    public IReadOnlyList<KeepalivedMessage> Messages => _messages;

    /// <summary>The worst config_err_t seen (keepalived keeps the highest enum value).</summary>
    public ConfigError Worst { get; private set; } = ConfigError.Ok;

    /// <summary>Set by the pass: children read a copy that always names the file.</summary>
    public bool ChildPass { get; set; }

    public SourceLine CurrentLine { get; set; }

    /// <summary>Set when a keyword handler makes keepalived exit at once (e.g. a missing parameter: exit 2).</summary>
    public int? AbortExitCode { get; set; }

    public GlobalDefsBuilder Global { get; } = new();

    public List<IpAddressEntry> StaticIpAddresses { get; } = new();

    public List<RouteEntry> StaticRoutes { get; } = new();

    public List<VrrpScriptBuilder> Scripts { get; } = new();

    public List<VrrpInstanceBuilder> Instances { get; } = new();

    public List<VrrpSyncGroupBuilder> SyncGroups { get; } = new();

    public List<VirtualServerGroup> VirtualServerGroups { get; } = new();

    public List<VirtualServerBuilder> VirtualServers { get; } = new();

    public VrrpScriptBuilder? CurrentScript => Scripts.Count > 0 ? Scripts[^1] : null;

    public VrrpInstanceBuilder? CurrentInstance => Instances.Count > 0 ? Instances[^1] : null;

    public VrrpSyncGroupBuilder? CurrentSyncGroup => SyncGroups.Count > 0 ? SyncGroups[^1] : null;

    public VirtualServerBuilder? CurrentVirtualServer => VirtualServers.Count > 0 ? VirtualServers[^1] : null;

    public RealServerBuilder? CurrentRealServer => CurrentVirtualServer is { RealServers.Count: > 0 } vs ? vs.RealServers[^1] : null;

    public HealthCheckBuilder? CurrentCheck => CurrentRealServer is { Checks.Count: > 0 } rs ? rs.Checks[^1] : null;

    /// <summary>report_config_error(): prefixes with the line when there is one.</summary>
    public void Report(ConfigError error, SourcePosition position, string text) =>
        Add(new KeepalivedMessage(error, position, text, ChildPass || CurrentLine.ParentShowsFile));

    /// <summary>report_config_error() at the current line.</summary>
    public void Report(ConfigError error, string text) => Report(error, CurrentLine.Position, text);

    /// <summary>A completion-time message, which keepalived prints with no line.</summary>
    public void ReportNoLine(ConfigError error, string text) => Report(error, SourcePosition.None, text);

    public void Add(KeepalivedMessage message)
    {
        _messages.Add(message);
        if (message.Error > Worst)
        {
            Worst = message.Error;
        }
    }

    /// <summary>
    /// A keyword's parameter; when it is missing keepalived prints its "missing a parameter" line and exits with 2
    /// (measured: <c>priority</c> alone on a line).
    /// </summary>
    public string? Arg(Statement s, int index)
    {
        if (index < s.Count)
        {
            return s.Words[index];
        }

        if (AbortExitCode is null)
        {
            Report(ConfigError.MissingParameter, s.Position,
                $"*** Configuration line starting `{s.Words[0]}` is missing a parameter after keyword `{s.Words[index - 1]}` at word position {index + 1}");
            AbortExitCode = 2;
        }

        return null;
    }

    /// <summary>read_unsigned_strvec() under -t: reports keepalived's message and rejects the value.</summary>
    public bool ReadUnsigned(Statement s, int index, long min, long max, out long value)
    {
        value = 0;
        string? text = Arg(s, index);
        if (text is null)
        {
            return false;
        }

        string? error = NumberReader.Unsigned(text, (ulong)Math.Max(min, 0), (ulong)Math.Max(max, 0), out ulong v);
        value = (long)Math.Min(v, long.MaxValue);
        if (error is not null)
        {
            Report(ConfigError.InvalidNumber, s.Position, error);
            return false;
        }

        return true;
    }

    /// <summary>read_int_strvec() under -t.</summary>
    public bool ReadInt(Statement s, int index, long min, long max, out long value)
    {
        value = 0;
        string? text = Arg(s, index);
        if (text is null)
        {
            return false;
        }

        string? error = NumberReader.Int(text, min, max, out value);
        if (error is not null)
        {
            Report(ConfigError.InvalidNumber, s.Position, error);
            return false;
        }

        return true;
    }

    /// <summary>
    /// read_decimal_unsigned_strvec() with keepalived's TIMER_HZ_DIGITS (6 places): the range is printed with six
    /// decimals (measured: advert_int 0 → "outside range [0.010000, 255.000000]").
    /// </summary>
    public bool ReadDecimal(Statement s, int index, double min, double max, out double value)
    {
        bool ok = ReadDecimalScaled(s, index, (ulong)Math.Round(min * 1e6), (ulong)Math.Round(max * 1e6), 6, out ulong v);
        value = v / 1e6;
        return ok;
    }

    /// <summary>read_decimal_unsigned_strvec(): value × 10^shift.</summary>
    public bool ReadDecimalScaled(Statement s, int index, ulong min, ulong max, int shift, out ulong value)
    {
        value = 0;
        string? text = Arg(s, index);
        if (text is null)
        {
            return false;
        }

        var messages = new List<string>(1);
        bool ok = NumberReader.Decimal(text, min, max, shift, messages, out value);
        foreach (string m in messages)
        {
            Report(ConfigError.InvalidNumber, s.Position, m);
        }

        return ok;
    }

    /// <summary>Words from <paramref name="from"/> on, joined by one space (for settings kept as text).</summary>
    public static string Rest(Statement s, int from = 1) => s.Count > from ? string.Join(' ', s.Words, from, s.Count - from) : "";

    /// <summary>cmd_str(): every word of the command in single quotes, joined by spaces ("" when there is none).</summary>
    public static string CommandString(string? command)
    {
        if (string.IsNullOrEmpty(command))
        {
            return "";
        }

        string[] words = Lexing.WordSplitter.Split(command);
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            // keepalived leaves a leading redirection-only first word ("<file") unquoted.
            bool quote = i > 0 || words[i].Length == 0 || (words[i][0] != '<' && words[i][0] != '>');
            sb.Append(quote ? "'" : "").Append(words[i]).Append(quote ? "'" : "");
        }

        return sb.ToString();
    }

    /// <summary>The program of a script line (first word, quotes removed).</summary>
    public static string FirstWord(string command)
    {
        string[] words = Lexing.WordSplitter.Split(command);
        return words.Length > 0 ? words[0] : "";
    }

    /// <summary>if_get_by_ifname(name, IF_CREATE_IF_DYNAMIC): false (and the flag set) when it does not exist.</summary>
    public bool InterfaceExists(string name)
    {
        if (Interfaces.Contains(name))
        {
            return true;
        }

        NonExistentInterfaceSpecified = true;
        return false;
    }

    /// <summary>"did you mean" is printed once per line, not once per keepalived process pass.</summary>
    public bool FirstSuggestionAt(SourcePosition position) => _suggested.Add(position);
}
