using System.Globalization;
using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>The <c>global</c> section (haproxy's cfg_parse_global() and the CFG_GLOBAL keyword lists).</summary>
internal sealed partial class LoadSession
{
    private static readonly HashSet<string> GlobalKnown =
        new(KeywordNames.GlobalRegistered.Concat(KeywordNames.GlobalCommon).Concat(KeywordNames.GlobalExtra), StringComparer.Ordinal);

    private static readonly string[] GlobalCandidates = KeywordNames.GlobalRegistered.Concat(KeywordNames.GlobalCommon).ToArray();

    private void ParseGlobal(Words w)
    {
        var g = _global;
        string kw = w[0];
        g.Directives.Add(w.ToDirective());
        if (TooManyArgs(w, kw))
        {
            return;
        }

        switch (kw)
        {
            case "log":
                if (w.Negate)
                {
                    g.Logs.Clear();
                    return;
                }

                ParseLog(w, g.Logs, allowGlobal: false);
                return;
            case "chroot":
                if (AlreadySpecified(g.Chroot is not null, kw) || MissingArg(w, "a directory"))
                {
                    return;
                }

                g.Chroot = w[1];
                return;
            case "stats":
                ParseGlobalStats(w);
                return;
            case "user":
                if (g.User is not null || g.Uid is not null)
                {
                    Alert($"{P}user/uid already specified. Continuing.", fatal: false);
                    return;
                }

                if (!SystemAccounts.UserExists(w[1]))
                {
                    Alert($"{P}cannot find user id for '{w[1]}' (0:Success)");
                    return;
                }

                g.User = w[1];
                return;
            case "group":
                if (g.Group is not null || g.Gid is not null)
                {
                    Alert($"{P}gid/group was already specified. Continuing.", fatal: false);
                    return;
                }

                if (!SystemAccounts.GroupExists(w[1]))
                {
                    Alert($"{P}cannot find group id for '{w[1]}' (0:Success)");
                    return;
                }

                g.Group = w[1];
                return;
            case "uid":
                g.Uid = Atoi(w[1]);
                return;
            case "gid":
                g.Gid = Atoi(w[1]);
                return;
            case "daemon":
                g.Daemon = true;
                return;
            case "master-worker":
                g.MasterWorker = true;
                return;
            case "zero-warning":
                g.ZeroWarning = true;
                return;
            case "maxconn":
                if (AlreadySpecified(g.MaxConn is not null, kw))
                {
                    return;
                }

                if (w[1].Length == 0)
                {
                    Alert($"{P}'{kw}' expects an integer argument.");
                    return;
                }

                g.MaxConn = Atoi(w[1]);
                return;
            case "ca-base":
                g.CaBase = w[1];
                return;
            case "crt-base":
                g.CrtBase = w[1];
                return;
            case "ssl-default-bind-ciphers":
                g.BindCiphers = w[1];
                return;
            case "ssl-default-bind-ciphersuites":
                g.BindCiphersuites = w[1];
                return;
            case "ssl-default-bind-options":
                g.BindOptions = w.From(1).ToList();
                return;
            case "ssl-default-server-ciphers":
                g.ServerCiphers = w[1];
                return;
            case "ssl-default-server-ciphersuites":
                g.ServerCiphersuites = w[1];
                return;
            case "ssl-default-server-options":
                g.ServerOptions = w.From(1).ToList();
                return;
            case "pidfile":
                if (AlreadySpecified(g.PidFile is not null, kw) || MissingArg(w, "a file name"))
                {
                    return;
                }

                g.PidFile = w[1];
                return;
            case "tune.bufsize":
                if (w[1].Length == 0)
                {
                    Alert($"{P}'{kw}' expects an integer argument.");
                    return;
                }

                // atol(), then rounded up to a multiple of two pointers (16 bytes).
                if (((Atoi(w[1]) + 15L) & ~15L) <= 0)
                {
                    Alert($"{P}'{kw}' expects a positive integer argument.");
                    return;
                }

                UnsupportedKeyword(w, "global");
                return;
            case "nbthread":
                if (!long.TryParse(w[1], NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite, CultureInfo.InvariantCulture, out long nt))
                {
                    Alert($"{P}'nbthread' passed a missing or unparsable integer value in '{w[1]}'");
                    return;
                }

                // MAX_THREADS of Debian's amd64 build.
                if (nt is < 1 or > 64)
                {
                    Alert($"{P}'nbthread' value must be between 1 and 64 (was {nt})");
                    return;
                }

                g.NbThread = (int)nt;
                return;
            case "nbproc":
                // haproxy 2.6 refuses nbproc; KeepProxy ignores it and says what to write instead.
                g.NbProc = Atoi(w[1]);
                Warning(
                    $"{P}nbproc is not supported any more since HAProxy 2.5 and haproxy 2.6 refuses it; KeepProxy ignores 'nbproc {w[1]}'. " +
                    "Threads will automatically be used on multi-processor machines if available:\n" +
                    "   | remove the 'nbproc' line and set 'nbthread <N>' in the 'global' section if you need a fixed number.",
                    improvement: true);
                return;
            case "setenv":
            case "presetenv":
                if (w[1].Length == 0 || w[2].Length == 0 || w.Count > 3 && w[3].Length > 0)
                {
                    Alert($"{P}'{kw}' expects exactly 2 arguments.");
                    return;
                }

                if (kw == "setenv" || Lookup(w[1]) is null)
                {
                    _envOverlay[w[1]] = w[2];
                }

                return;
            case "unsetenv":
                foreach (string name in w.From(1))
                {
                    _envOverlay[name] = null;
                }

                return;
            case "global":
                return;
        }

        if (GlobalKnown.Contains(kw))
        {
            UnsupportedKeyword(w, "global");
            return;
        }

        string? best = KeywordMatch.Best(kw, GlobalCandidates);
        Alert(best is null
            ? $"{P}unknown keyword '{kw}' in 'global' section"
            : $"{P}unknown keyword '{kw}' in 'global' section; did you mean '{best}' maybe ?");
    }

    private void ParseGlobalStats(Words w)
    {
        switch (w[1])
        {
            case "socket":
            {
                if (w[2].Length == 0)
                {
                    Alert($"{P}'stats socket' expects an address or path.");
                    return;
                }

                var options = ParseBindOptions(w, 3, $"'stats socket {w[2]}' in section 'global'");
                _global.StatsSockets.Add(new StatsSocket(w.Position, w[2], options));
                return;
            }

            case "timeout":
                if (!ValueParsers.TryParseTime(w[2], 1, out int ms, out char bad))
                {
                    Alert(w[2].Length == 0
                        ? $"{P}'stats timeout' expects a positive value"
                        : $"{P}'stats timeout' : unexpected character '{bad}'");
                    return;
                }

                _global.StatsTimeoutMs = ms;
                return;
            case "maxconn":
            case "bind-process":
                return;
            default:
                Alert($"{P}'stats' only supports 'socket', 'maxconn', 'bind-process' and 'timeout' (got '{w[1]}')");
                return;
        }
    }

    /// <summary>alertif_too_many_args(): a word past the keyword's last argument is an alert.</summary>
    private bool TooManyArgs(Words w, string kw)
    {
        if (!GlobalArgLimits.Max.TryGetValue(kw, out int max) || w[max + 1].Length == 0)
        {
            return false;
        }

        Alert($"{P}'{kw}' cannot handle unexpected argument '{w[max + 1]}'.");
        return true;
    }

    /// <summary>"'KW' already specified. Continuing.": an alert that does not make the configuration fail.</summary>
    private bool AlreadySpecified(bool already, string kw)
    {
        if (already)
        {
            Alert($"{P}'{kw}' already specified. Continuing.", fatal: false);
        }

        return already;
    }

    private bool MissingArg(Words w, string what)
    {
        if (w[1].Length > 0)
        {
            return false;
        }

        Alert($"{P}'{w[0]}' expects {what} as an argument.");
        return true;
    }

    /// <summary>A recognised haproxy 2.6 keyword KeepProxy keeps as words but does not act on yet.</summary>
    private void UnsupportedKeyword(Words w, string section) =>
        Warning($"{P}'{w[0]}' in '{section}' section is recognised but not supported by KeepProxy yet; it is ignored.", improvement: true);

    /// <summary>haproxy reads many integers with atol(): leading digits, 0 when there are none.</summary>
    private static int Atoi(string s)
    {
        int i = 0;
        bool neg = false;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            neg = s[i] == '-';
            i++;
        }

        long v = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && v < int.MaxValue)
        {
            v = (v * 10) + (s[i] - '0');
            i++;
        }

        v = Math.Min(v, int.MaxValue);
        return (int)(neg ? -v : v);
    }

    private static readonly string[] LogFacilities =
    [
        "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "auth2", "ftp", "ntp",
        "audit", "alert", "cron2", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7",
    ];

    private static readonly string[] LogLevels = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"];

    private static readonly string[] LogFormats = ["local", "rfc3164", "rfc5424", "priority", "short", "timed", "iso", "raw"];

    private const AddressOptions LogAddress = AddressOptions.Resolve | AddressOptions.PortOk | AddressOptions.RawFd;

    /// <summary>
    /// haproxy 2.6's parse_logsrv(): <c>log global</c> or
    /// <c>log ADDR [len N] [format F] [sample R:S] FACILITY [LEVEL [MINLEVEL]]</c>, checked in its order.
    /// </summary>
    private void ParseLog(Words w, List<LogTarget> logs, bool allowGlobal)
    {
        if (w[1] == "global" && w[2].Length == 0)
        {
            if (!allowGlobal)
            {
                Alert($"{P}log : 'global' is not supported for a global syslog server");
                return;
            }

            logs.Add(new LogTarget(w.Position, true, "global", null, null, null, w.From(1)));
            return;
        }

        if (w[1].Length == 0 || w[2].Length == 0)
        {
            Alert($"{P}log : expects <address> and <facility> {(allowGlobal ? "or global" : "")} as arguments");
            return;
        }

        int i = 2;
        if (w[i] == "len")
        {
            int len = Atoi(w[i + 1]);
            if (len is < 80 or > 65535)
            {
                Alert($"{P}log : invalid log length '{w[i + 1]}', must be between 80 and 65535");
                return;
            }

            i += 2;
        }

        if (w[i] == "format")
        {
            if (Array.IndexOf(LogFormats, w[i + 1]) <= 0)
            {
                Alert($"{P}log : unknown log format '{w[i + 1]}'");
                return;
            }

            i += 2;
        }

        if (w[i] == "sample")
        {
            i += 2;
        }

        string facility = w[i];
        if (Array.IndexOf(LogFacilities, facility) < 0)
        {
            Alert($"{P}log : unknown log facility '{facility}'");
            return;
        }

        string? level = w[i + 1].Length > 0 ? w[i + 1] : null;
        if (level is not null && Array.IndexOf(LogLevels, level) < 0)
        {
            Alert($"{P}log : unknown optional log level '{level}'");
            return;
        }

        string? minLevel = level is not null && w[i + 2].Length > 0 ? w[i + 2] : null;
        if (minLevel is not null && Array.IndexOf(LogLevels, minLevel) < 0)
        {
            Alert($"{P}log : unknown optional minimum log level '{minLevel}'");
            return;
        }

        int next = i + 1 + (level is null ? 0 : 1) + (minLevel is null ? 0 : 1);
        if (w[next].Length > 0)
        {
            Alert($"{P}log : cannot handle unexpected argument '{w[next]}'");
            return;
        }

        string address = w[1] switch { "stdout" => "fd@1", "stderr" => "fd@2", _ => w[1] };
        if (!address.StartsWith("ring@", StringComparison.Ordinal) &&
            _addresses.Parse(address, LogAddress, out string? error, out _) is null)
        {
            Alert($"{P}log : {error}");
            return;
        }

        logs.Add(new LogTarget(w.Position, false, w[1], facility, level, minLevel, w.From(1)));
    }
}
