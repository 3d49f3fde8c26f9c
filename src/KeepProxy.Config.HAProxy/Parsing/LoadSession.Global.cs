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
                g.Chroot = w[1];
                return;
            case "stats":
                ParseGlobalStats(w);
                return;
            case "user":
                g.User = w[1];
                return;
            case "group":
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
                g.PidFile = w[1];
                return;
            case "nbthread":
                if (!int.TryParse(w[1], NumberStyles.None, CultureInfo.InvariantCulture, out int nt))
                {
                    Alert($"{P}'nbthread' passed a missing or unparsable integer value in '{w[1]}'");
                    return;
                }

                g.NbThread = nt;
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
                        : $"{P}unexpected character '{bad}' in 'stats timeout'");
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

    /// <summary>
    /// <c>log global</c> or <c>log ADDR [len N] [format F] [sample R:S] FACILITY [LEVEL [MINLEVEL]]</c>.
    /// </summary>
    private void ParseLog(Words w, List<LogTarget> logs, bool allowGlobal)
    {
        if (allowGlobal && w[1] == "global")
        {
            logs.Add(new LogTarget(w.Position, true, "global", null, null, null, w.From(1)));
            return;
        }

        string[] a = w.From(1);
        int i = 1;
        while (i + 1 < a.Length && a[i] is "len" or "format" or "sample")
        {
            i += 2;
        }

        if (a.Length < 2 || i >= a.Length)
        {
            Alert($"{P}log : expects <address> and <facility> {(allowGlobal ? "or global " : "")}as arguments");
            return;
        }

        logs.Add(new LogTarget(w.Position, false, a[0], a[i], i + 1 < a.Length ? a[i + 1] : null, i + 2 < a.Length ? a[i + 2] : null, a));
    }
}
