using System.Globalization;
using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>defaults/frontend/backend/listen keywords (haproxy's cfg_parse_listen() and CFG_LISTEN keyword lists).</summary>
internal sealed partial class LoadSession
{
    private static readonly HashSet<string> ListenKnown =
        new(KeywordNames.ListenRegistered.Concat(KeywordNames.ListenCommon), StringComparer.Ordinal);

    private static readonly string[] ListenCandidates = KeywordNames.ListenRegistered.Concat(KeywordNames.ListenCommon).ToArray();

    private static readonly int[] ErrorCodes = [200, 400, 401, 403, 404, 405, 407, 408, 410, 413, 425, 429, 500, 501, 502, 503, 504];

    private void ParseProxyLine(Words w)
    {
        var px = _proxy;
        if (px is null)
        {
            Alert($"{P}'listen' or 'defaults' expected.");
            return;
        }

        string kw = w[0];
        px.Directives.Add(w.ToDirective());
        NoteReferences(w, px);
        switch (kw)
        {
            case "mode":
                px.Mode = w[1] switch
                {
                    "http" => ProxyMode.Http,
                    "tcp" => ProxyMode.Tcp,
                    "health" => Bad(px.Mode, $"{P}'mode health' doesn't exist anymore. Please use 'http-request return status 200' instead."),
                    _ => Bad(px.Mode, $"{P}unknown proxy mode '{w[1]}'."),
                };
                return;
            case "log":
                if (w.Negate)
                {
                    px.Logs.Clear();
                    return;
                }

                ParseLog(w, px.Logs, allowGlobal: true);
                return;
            case "option":
                ParseOption(w, px);
                return;
            case "retries":
                if (w[1].Length == 0)
                {
                    Alert($"{P}'retries' expects an integer argument (dispatch counts for one).");
                    return;
                }

                if (WarnIfNoCap(px, backend: true, kw))
                {
                    px.Retries = Atoi(w[1]);
                }

                return;
            case "timeout":
                ParseTimeout(w, px);
                return;
            case "errorfile":
                ParseErrorFile(w, px);
                return;
            case "maxconn":
                if (w[1].Length == 0)
                {
                    Alert($"{P}'maxconn' expects an integer argument.");
                    return;
                }

                if (WarnIfNoCap(px, backend: false, kw))
                {
                    px.MaxConn = Atoi(w[1]);
                }

                return;
            case "bind":
                if (px.Kind == ProxyKind.Defaults)
                {
                    Alert($"{P}'bind' not allowed in 'defaults' section.");
                    return;
                }

                if (WarnIfNoCap(px, backend: false, kw))
                {
                    AddBind(w, fromListenLine: false);
                }

                return;
            case "default_backend":
                if (w[1].Length == 0)
                {
                    Alert($"{P}'default_backend' expects a backend name.");
                    return;
                }

                if (w[2].Length > 0)
                {
                    Alert($"{P}'default_backend' cannot handle unexpected argument '{w[2]}'.");
                    return;
                }

                // haproxy warns but still records the name, so the validity pass can find a loop.
                WarnIfNoCap(px, backend: false, kw);
                px.DefaultBackend = w[1];
                px.DefaultBackendPosition = w.At(1);

                return;
            case "use_backend":
                ParseUseBackend(w, px);
                return;
            case "acl":
                ParseAcl(w, px);
                return;
            case "balance":
                ParseBalance(w, px);
                return;
            case "server":
                ParseServer(w, px);
                return;
            case "default-server":
                if (WarnIfNoCap(px, backend: true, kw))
                {
                    var opts = ParseServerOptions(w, 1, $"'default-server' in {TypeName(px.Kind)} '{px.Name}'", px.Name, "default-server");
                    if (opts is not null)
                    {
                        px.DefaultServer.AddRange(opts);
                    }
                }

                return;
            case "cookie":
                ParseCookie(w, px);
                return;
            case "http-check":
                ParseHttpCheck(w, px);
                return;
            case "stats":
                ParseStats(w, px);
                return;
            case "description":
                px.Description = string.Join(' ', w.From(1));
                return;
            case "disabled":
                px.Disabled = true;
                return;
            case "enabled":
                px.Disabled = false;
                return;
        }

        // Keywords whose arguments are checked as haproxy checks them; a valid line stays known-but-unsupported.
        if (!CheckHttpRule(w, px) || !CheckUnmodelledArguments(w, px))
        {
            return;
        }

        if (KeywordNames.ListenRemoved.TryGetValue(kw, out string? replacement))
        {
            Alert(replacement.Length == 0
                ? $"{P}The '{kw}' directive is not supported anymore since HAProxy 2.1."
                : $"{P}The '{kw}' directive is not supported anymore since HAProxy 2.1. Use '{replacement}' instead.");
            return;
        }

        if (ListenKnown.Contains(kw))
        {
            UnsupportedKeyword(w, _sectionKind);
            return;
        }

        string? best = KeywordMatch.Best(kw, ListenCandidates);
        Alert(best is null
            ? $"{P}unknown keyword '{kw}' in '{_sectionKind}' section"
            : $"{P}unknown keyword '{kw}' in '{_sectionKind}' section; did you mean '{best}' maybe ?");
    }

    private T Bad<T>(T keep, string message)
    {
        Alert(message);
        return keep;
    }

    /// <summary>haproxy's warnifnotcap(): a keyword for the other side is ignored with a warning.</summary>
    private bool WarnIfNoCap(ProxyBuilder px, bool backend, string kw)
    {
        bool ok = backend ? px.HasBackend : px.HasFrontend;
        if (!ok)
        {
            Warning($"{P}'{kw}' ignored because {TypeName(px.Kind)} '{px.Name}' has no {(backend ? "backend" : "frontend")} capability.");
        }

        return ok;
    }

    /// <summary>warnifnotcap() for an option: "'NAME' ignored because …" names the option, not 'option'.</summary>
    private bool WarnIfNoCapNamed(ProxyBuilder px, bool backend, string name) => WarnIfNoCap(px, backend, name);

    private void ParseOption(Words w, ProxyBuilder px)
    {
        string name = w[1];
        if (name.Length == 0)
        {
            Alert($"parsing [{_file}:{_line}]: 'option' expects an option name.");
            return;
        }

        if ((w.Negate || w.IsDefault) && !NegatableOptions.Contains(name) && name is not ("forceclose" or "http-tunnel" or "http_proxy"))
        {
            Alert($"parsing [{_file}:{_line}]: negation/default is not supported for option '{name}'.");
            return;
        }

        if (Array.IndexOf(KeywordNames.Options, name) < 0)
        {
            string? best = KeywordMatch.Best(name, KeywordNames.OptionCandidates);
            Alert(best is null
                ? $"{P}unknown option '{name}'."
                : $"{P}unknown option '{name}'; did you mean '{best}' maybe ?");
            return;
        }

        if (name is "http-tunnel" or "forceclose")
        {
            Alert($"{P}option '{name}' is not supported any more since HAProxy 2.0, please just remove it, or use 'option httpclose' if absolutely needed.");
            return;
        }

        if (name is "httplog" or "tcplog" or "httpslog" && px.Kind == ProxyKind.Defaults && LogFormatOption(px) is { } previous)
        {
            string clf = name == "httplog" && w[2] == "clf" ? " clf" : "";
            Warning($"parsing [{_file}:{_line}]: 'option {name}{clf}' overrides previous '{previous}' in 'defaults' section.");
        }

        if (name is "httpchk" or "ssl-hello-chk" or "smtpchk" or "pgsql-check" or "redis-check" or "mysql-check" or "ldap-check" or "spop-check" or "tcp-check" or "external-check" &&
            !WarnIfNoCapNamed(px, backend: true, name))
        {
            return;
        }

        if (name == "httpchk" && w[4].Contains("\r\n", StringComparison.Ordinal))
        {
            // proxy_parse_httpchk_opt(): headers smuggled after the HTTP version still work, with a warning.
            Warning($"parsing [{_file}:{_line}]: 'option httpchk' : hiding headers or body at the end of the version string is deprecated. Please, consider to use 'http-check send' directive instead.");
        }

        if (name is "httplog" or "tcplog" or "httpslog")
        {
            px.Options.Remove("httplog");
            px.Options.Remove("tcplog");
            px.Options.Remove("httpslog");
        }

        px.Options[name] = new ProxyOption(w.Position, name, !w.Negate, w.From(2));
    }

    /// <summary>The log-format option a proxy holds, as haproxy names it in "overrides previous '…'".</summary>
    private static string? LogFormatOption(ProxyBuilder px)
    {
        if (px.Options.TryGetValue("httplog", out var h) && h.Enabled)
        {
            return h.Args.Count > 0 && h.Args[0] == "clf" ? "option httplog clf" : "option httplog";
        }

        if (px.Options.TryGetValue("tcplog", out var t) && t.Enabled)
        {
            return "option tcplog";
        }

        return px.Options.TryGetValue("httpslog", out var s) && s.Enabled ? "option httpslog" : null;
    }

    /// <summary>
    /// The options haproxy 2.6 accepts with <c>no</c>/<c>default</c>: its cfg_opts and cfg_opts2 tables plus the
    /// HTTP connection modes and redispatch (src/proxy.c, cfgparse-listen.c).
    /// </summary>
    private static readonly HashSet<string> NegatableOptions = new(StringComparer.Ordinal)
    {
        "abortonclose", "allbackups", "checkcache", "clitcpka", "contstats", "dontlognull", "http-buffer-request",
        "http-ignore-probes", "idle-close-on-response", "prefer-last-server", "logasap", "nolinger", "persist",
        "srvtcpka", "transparent", "splice-request", "splice-response", "splice-auto", "accept-invalid-http-request",
        "accept-invalid-http-response", "dontlog-normal", "log-separate-errors", "log-health-checks", "socket-stats",
        "tcp-smart-accept", "tcp-smart-connect", "independent-streams", "http-use-proxy-header",
        "http-pretend-keepalive", "http-no-delay", "httpclose", "http-server-close", "http-keep-alive", "redispatch",
    };

    private void ParseTimeout(Words w, ProxyBuilder px)
    {
        string name = w[1];
        if (Array.IndexOf(KeywordNames.Timeouts, name) < 0)
        {
            Alert($"{P}'timeout' supports 'client', 'server', 'connect', 'check', 'queue', 'http-keep-alive', 'http-request', 'tunnel', 'tarpit', 'client-fin' and 'server-fin' (got '{name}')");
            return;
        }

        if (w[2].Length == 0)
        {
            Alert($"{P}'timeout {name}' expects an integer value (in milliseconds)");
            return;
        }

        if (ValueParsers.IsTimerOverflow(w[2], 1))
        {
            Alert($"{P}timer overflow in argument '{w[2]}' to 'timeout {name}' (maximum value is 2147483647 ms or ~24.8 days)");
            return;
        }

        if (!ValueParsers.TryParseTime(w[2], 1, out int ms, out char bad))
        {
            Alert($"{P}unexpected character '{bad}' in 'timeout {name}'");
            return;
        }

        // proxy_parse_timeout(): a timeout for the side the proxy does not have is ignored with a warning; an
        // extra word is an error reported after it.
        bool frontendSide = name is "client" or "http-request" or "http-keep-alive" or "client-fin";
        bool backendSide = name is "server" or "connect" or "queue" or "tunnel" or "server-fin" or "check";
        bool ignored = (frontendSide && !px.HasFrontend) || (backendSide && !px.HasBackend);
        if (w[3].Length > 0)
        {
            Alert($"{P}'timeout {name}' : unexpected extra argument '{w[3]}' after value '{w[2]}'.");
            return;
        }

        if (ignored)
        {
            Warning($"{P}'timeout {name}' will be ignored because {TypeName(px.Kind)} '{px.Name}' has no {(frontendSide ? "frontend" : "backend")} capability");
        }

        var t = px.Timeouts;
        px.Timeouts = name switch
        {
            "client" => t with { Client = ms },
            "server" => t with { Server = ms },
            "connect" => t with { Connect = ms },
            "check" => t with { Check = ms },
            "queue" => t with { Queue = ms },
            "http-keep-alive" => t with { HttpKeepAlive = ms },
            "http-request" => t with { HttpRequest = ms },
            "tunnel" => t with { Tunnel = ms },
            "tarpit" => t with { Tarpit = ms },
            "client-fin" => t with { ClientFin = ms },
            _ => t with { ServerFin = ms },
        };
    }

    private void ParseErrorFile(Words w, ProxyBuilder px)
    {
        if (w[1].Length == 0 || w[2].Length == 0)
        {
            Alert($"{P}errorfile : expects <status_code> and <file> as arguments.\n");
            return;
        }

        int status = Atoi(w[1]);
        if (Array.IndexOf(ErrorCodes, status) < 0)
        {
            Alert($"{P}errorfile : status code '{w[1]}' not handled.");
            return;
        }

        if (_options.CheckFiles && CheckErrorFileContents(w[2]) is { } problem)
        {
            Alert($"{P}errorfile : {problem}");
            return;
        }

        px.ErrorFiles[status] = new ErrorFile(w.Position, status, w[2]);
    }

    private void AddBind(Words w, bool fromListenLine)
    {
        var px = _proxy!;
        if (w[1].Length == 0)
        {
            Alert($"{P}'bind' expects {{<path>|[addr1]:port1[-end1]}}{{,[addr]:port[-end]}}... as arguments.");
            return;
        }

        // str2listener(): comma-separated addresses, each through str2sa_range() with a mandatory port.
        var endpoints = new List<Endpoint>();
        foreach (string part in w[1].Split(','))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var ep = _addresses.Parse(part, BindAddress, out string? error, out _);
            if (ep is null)
            {
                Alert($"{P}'bind' : {error}");
                return;
            }

            endpoints.Add(ep);
        }

        var options = ParseBindOptions(w, 2, $"'bind {w[1]}' in section '{_sectionKind}'");
        NoteBindCertificate(w, px, options);
        px.Binds.Add(new Bind(w.Position, endpoints, options, fromListenLine));
    }

    private const AddressOptions BindAddress =
        AddressOptions.Resolve | AddressOptions.PortOk | AddressOptions.PortMandatory | AddressOptions.PortRange | AddressOptions.SocketFd;

    private const AddressOptions ServerAddress = AddressOptions.PortOk | AddressOptions.PortOffset | AddressOptions.KeepFqdn;

    /// <summary>haproxy's invalid_char(): names may hold letters, digits, '.', '_', '-' and ':'.</summary>
    private static char InvalidNameChar(string name)
    {
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-' or ':'))
            {
                return c;
            }
        }

        return '\0';
    }

    private List<BindOption> ParseBindOptions(Words w, int start, string where)
    {
        var options = new List<BindOption>();
        for (int i = start; i < w.Count && w[i].Length > 0; i++)
        {
            string name = w[i];
            if (!KeywordNames.BindOptions.TryGetValue(name, out bool hasValue))
            {
                string? best = KeywordMatch.Best(name, KeywordNames.BindOptions.Keys);
                Alert(best is null
                    ? $"{P}{where}: unknown keyword '{name}'."
                    : $"{P}{where}: unknown keyword '{name}'; did you mean '{best}' maybe ?");
                return options;
            }

            string? value = null;
            if (hasValue)
            {
                value = w[i + 1];
                if (value.Length == 0)
                {
                    Alert($"{P}{where} : '{name}' : missing value.");
                    return options;
                }

                i++;
            }

            if (name == "crt" && _options.CheckFiles)
            {
                string path = value!.StartsWith('/') || _global.CrtBase is null ? value : _global.CrtBase.TrimEnd('/') + "/" + value;
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    Alert($"{P}{where} : unable to stat SSL certificate from file '{path}' : No such file or directory.");
                    continue;
                }
            }

            options.Add(new BindOption(w.At(i), name, value));
        }

        return options;
    }

    private void ParseUseBackend(Words w, ProxyBuilder px)
    {
        if (px.Kind == ProxyKind.Defaults)
        {
            Alert($"{P}'use_backend' not allowed in 'defaults' section.");
            return;
        }

        if (!WarnIfNoCap(px, backend: false, "use_backend"))
        {
            return;
        }

        if (w[1].Length == 0)
        {
            Alert($"{P}'use_backend' expects a backend name.");
            return;
        }

        var cond = ParseCondition(w, 2, px, "switching rule");
        if (cond is null && w[2].Length > 0)
        {
            return;
        }

        px.UseBackends.Add(new BackendRule(w.Position, w[1], cond));
    }

    /// <summary>
    /// <c>if|unless</c> followed by ACL terms. haproxy resolves named ACLs while parsing, so an ACL must be declared
    /// before the rule that uses it; the built-in ACLs (TRUE, FALSE, HTTP, …) are always known.
    /// </summary>
    private Condition? ParseCondition(Words w, int start, ProxyBuilder px, string what)
    {
        if (w[start].Length == 0)
        {
            return null;
        }

        if (w[start] is not ("if" or "unless"))
        {
            Alert($"{P}error detected while parsing {what} : expects 'if' or 'unless' followed by a condition but found '{w[start]}'.");
            return null;
        }

        string[] terms = w.From(start + 1);
        var cond = new Condition(w[start] == "unless", terms);
        foreach (string name in cond.AclNames)
        {
            if (name.Length > 0 && !px.Acls.Any(a => a.Name == name) && !BuiltinAcls.Contains(name))
            {
                Alert($"{P}error detected while parsing {what} : no such ACL : '{name}'.");
                return null;
            }
        }

        return cond;
    }

    private static readonly HashSet<string> BuiltinAcls = new(StringComparer.Ordinal)
    {
        "FALSE", "HTTP", "HTTP_1.0", "HTTP_1.1", "HTTP_2.0", "HTTP_CONTENT", "HTTP_URL_ABS", "HTTP_URL_SLASH",
        "HTTP_URL_STAR", "LOCALHOST", "METH_CONNECT", "METH_DELETE", "METH_GET", "METH_HEAD", "METH_OPTIONS",
        "METH_POST", "METH_PUT", "METH_TRACE", "RDP_COOKIE", "REQ_CONTENT", "TRUE", "WAIT_END",
    };

    private void ParseAcl(Words w, ProxyBuilder px)
    {
        if (px.Kind == ProxyKind.Defaults && px.Name.Length == 0)
        {
            Alert($"{P}'acl' not allowed in anonymous 'defaults' section.");
            return;
        }

        if (w[2].Length == 0)
        {
            Alert($"{P}error detected while parsing ACL '{w[1]}' : missing fetch method in ACL expression ''.");
            return;
        }

        if (!CheckFetch(w[2], $"{P}error detected while parsing ACL '{w[1]}' : ", px, abort: false))
        {
            return;
        }

        px.Acls.Add(new Acl(w.Position, w[1], w[2], w.From(3)));
    }

    private void ParseBalance(Words w, ProxyBuilder px)
    {
        if (!WarnIfNoCap(px, backend: true, "balance") || w[1].Length == 0)
        {
            return;
        }

        string alg = w[1];
        bool ok = KeywordNames.BalanceAlgorithms.Any(a => a.EndsWith('(') ? alg.StartsWith(a, StringComparison.Ordinal) && alg.EndsWith(')') : alg == a);
        if (!ok)
        {
            Alert($"{P}balance only supports 'roundrobin', 'static-rr', 'leastconn', 'source', 'uri', 'url_param', 'hdr(name)' and 'rdp-cookie(name)' options.");
            return;
        }

        px.Balance = alg;
        px.BalanceArgs = w.From(2).ToList();
    }

    private void ParseServer(Words w, ProxyBuilder px)
    {
        string at = $"[{_file}:{_line}] : ";
        if (px.Kind == ProxyKind.Defaults)
        {
            Alert($"{at}'server' not allowed in 'defaults' section.");
            return;
        }

        if (!px.HasBackend)
        {
            Alert($"{at}{P}'server' not allowed because {TypeName(px.Kind)} '{px.Name}' has no backend capability.");
            return;
        }

        if (w[1].Length == 0 || w[2].Length == 0)
        {
            Alert($"{at}'server' expects <name> and <addr>[:<port>] as arguments.");
            return;
        }

        char bad = InvalidNameChar(w[1]);
        if (bad != '\0')
        {
            Alert($"{at}character '{bad}' is not permitted in server name '{w[1]}'.");
            return;
        }

        string where = $"'server {px.Name}/{w[1]}'";
        var ep = _addresses.Parse(w[2], ServerAddress, out string? error, out string? fqdn);
        if (ep is null)
        {
            Alert($"{at}{where} : {error}");
            return;
        }

        if (fqdn is not null)
        {
            _pendingAddresses.Add(new PendingServerAddress(w.Position, where[1..^1], fqdn));
        }

        var own = ParseServerOptions(w, 3, where, px.Name, w[1]);
        if (own is null)
        {
            return;
        }

        var all = new List<ServerOption>(px.DefaultServer.Count + own.Count);
        all.AddRange(px.DefaultServer);
        all.AddRange(own);

        bool check = false, backup = false, disabled = false;
        int inter = 2000, rise = 2, fall = 3, weight = 1, maxconn = 0;
        string? cookie = null;
        foreach (var o in all)
        {
            switch (o.Name)
            {
                case "check": check = true; break;
                case "no-check": check = false; break;
                case "backup": backup = true; break;
                case "no-backup": backup = false; break;
                case "disabled": disabled = true; break;
                case "enabled": disabled = false; break;
                case "cookie": cookie = o.Value; break;
                case "rise": rise = Atoi(o.Value!); break;
                case "fall": fall = Atoi(o.Value!); break;
                case "weight": weight = Atoi(o.Value!); break;
                case "maxconn": maxconn = Atoi(o.Value!); break;
                case "inter": ValueParsers.TryParseTime(o.Value!, 1, out inter, out _); break;
            }
        }

        px.Servers.Add(new Server(w.Position, w[1], ep, own, check, inter, rise, fall, cookie, backup, weight, maxconn, disabled));
    }

    private List<ServerOption>? ParseServerOptions(Words w, int start, string where, string proxyName, string serverName)
    {
        string at = $"[{_file}:{_line}] : ";
        var options = new List<ServerOption>();
        for (int i = start; i < w.Count && w[i].Length > 0; i++)
        {
            string name = w[i];
            if (!KeywordNames.ServerOptions.TryGetValue(name, out bool hasValue))
            {
                string? best = KeywordMatch.Best(name, KeywordNames.ServerOptions.Keys);
                Alert(best is null
                    ? $"{at}{where} : unknown keyword '{name}'."
                    : $"{at}{where} : unknown keyword '{name}'; did you mean '{best}' maybe ?");
                return null;
            }

            string? value = null;
            if (hasValue)
            {
                value = w[i + 1];
                string? problem = ServerOptionProblem(name, value, serverName);
                if (problem is not null)
                {
                    // display_parser_err(): a default-server line has no "'server px/name' : " part.
                    Alert(serverName == "default-server" ? $"{at}{problem}." : $"{at}{where} : {problem}.");
                    return null;
                }

                i++;
            }

            options.Add(new ServerOption(w.At(i), name, value));
        }

        return options;
    }

    /// <summary>
    /// The checks haproxy 2.6's server keyword parsers make on their value (server.c, check.c), in their words;
    /// null when the value is accepted. A missing value reads as "" (atol() gives 0), as in haproxy.
    /// </summary>
    private static string? ServerOptionProblem(string name, string value, string serverName)
    {
        switch (name)
        {
            case "rise":
            case "fall":
                if (value.Length == 0)
                {
                    return $"'{name}' expects an integer argument.";
                }

                return Atoi(value) <= 0 ? $"'{name}' has to be > 0." : null;
            case "weight":
            {
                int weight = Atoi(value);
                return weight is < 0 or > 256 ? $"weight of server {serverName} is not within 0 and 256 ({weight})." : null;
            }

            case "inter":
            case "fastinter":
            case "downinter":
            case "agent-inter":
            {
                if (value.Length == 0)
                {
                    return $"'{name}' expects a delay as argument.";
                }

                if (!ValueParsers.TryParseTime(value, 1, out int ms, out char bad))
                {
                    // haproxy 2.6.12 names 'agent-inter' here whatever the time option was (measured).
                    return $"unexpected character '{bad}' in 'agent-inter' argument of server {serverName}.";
                }

                return ms <= 0 ? $"invalid value {ms} for argument '{name}' of server {serverName}." : null;
            }

            case "slowstart":
                if (value.Length > 0 && !ValueParsers.TryParseTime(value, 1, out _, out char sbad))
                {
                    return $"unexpected character '{sbad}' in 'agent-inter' argument of server {serverName}.";
                }

                return null;
            default:
                return value.Length == 0 ? $"'{name}' expects an argument" : null;
        }
    }

    private void ParseCookie(Words w, ProxyBuilder px)
    {
        if (!WarnIfNoCap(px, backend: true, "cookie"))
        {
            return;
        }

        if (w[1].Length == 0)
        {
            Alert($"{P}'cookie' expects <cookie_name> as argument.");
            return;
        }

        var mode = CookieMode.None;
        bool indirect = false, nocache = false, postonly = false, preserve = false, httponly = false, secure = false, dynamic = false;
        var domains = new List<string>();
        string[] args = w.From(2);
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "rewrite": mode = CookieMode.Rewrite; break;
                case "insert": mode = CookieMode.Insert; break;
                case "prefix": mode = CookieMode.Prefix; break;
                case "indirect": indirect = true; break;
                case "nocache": nocache = true; break;
                case "postonly": postonly = true; break;
                case "preserve": preserve = true; break;
                case "httponly": httponly = true; break;
                case "secure": secure = true; break;
                case "dynamic": dynamic = true; break;
                case "domain": domains.Add(i + 1 < args.Length ? args[++i] : ""); break;
                case "maxidle":
                case "maxlife":
                case "attr":
                    i++;
                    break;
                default:
                    Alert($"{P}'cookie' supports 'rewrite', 'insert', 'prefix', 'indirect', 'nocache', 'postonly', 'domain', 'maxidle', 'dynamic', 'maxlife' and 'attr' options.");
                    return;
            }
        }

        px.Cookie = new CookieSettings(w.Position, w[1], mode, indirect, nocache, postonly, preserve, httponly, secure, dynamic, domains, args);
    }

    private void ParseHttpCheck(Words w, ProxyBuilder px)
    {
        string action = w[1];
        if (action is not ("disable-on-404" or "send-state" or "comment" or "connect" or "send" or "expect") &&
            !action.StartsWith("set-var", StringComparison.Ordinal) && !action.StartsWith("unset-var", StringComparison.Ordinal))
        {
            Alert($"{P}'http-check' only supports 'disable-on-404', 'send-state', 'comment', 'connect', 'send', 'expect', 'set-var-fmt(*)', 'set-var(*)', 'unset-var(*)'. but got '{action}'");
            return;
        }

        if (WarnIfNoCap(px, backend: true, "http-check"))
        {
            px.HttpChecks.Add(new HttpCheckRule(w.Position, action, w.From(2)));
        }
    }

    private void ParseStats(Words w, ProxyBuilder px)
    {
        var st = px.Stats ??= new StatsBuilder { Position = w.Position };
        switch (w[1])
        {
            case "enable":
                st.Enabled = true;
                return;
            case "disable":
                st.Enabled = false;
                return;
            case "uri":
                if (w[2].Length == 0)
                {
                    Alert($"{P}'uri' needs an URI prefix.");
                    return;
                }

                st.Enabled = true;
                st.Uri = w[2];
                return;
            case "realm":
                st.Enabled = true;
                st.Realm = w[2];
                return;
            case "auth":
            {
                if (w[2].Length == 0)
                {
                    Alert($"{P}'auth' needs a user:password account.");
                    return;
                }

                st.Enabled = true;
                int colon = w[2].IndexOf(':');
                st.Auth.Add(colon < 0
                    ? new StatsUser(w.Position, w[2], "")
                    : new StatsUser(w.Position, w[2][..colon], w[2][(colon + 1)..]));
                return;
            }

            case "refresh":
                if (!ValueParsers.TryParseTime(w[2], 1000, out int ms, out char bad))
                {
                    Alert(w[2].Length == 0
                        ? $"{P}'refresh' needs a positive interval in seconds."
                        : $"{P}unexpected character '{bad}' in 'stats refresh'");
                    return;
                }

                st.Enabled = true;
                st.RefreshMs = ms;
                return;
            case "hide-version":
                st.Enabled = true;
                st.HideVersion = true;
                return;
            case "admin":
            case "scope":
            case "show-node":
            case "show-desc":
            case "show-legends":
            case "show-modules":
            case "http-request":
            case "bind-process":
                st.Enabled = true;
                st.Other.Add(w.ToDirective());
                return;
            case "socket":
            case "timeout":
            case "maxconn":
                Alert($"{P}'stats {w[1]}' is only supported in 'global' section.");
                return;
            default:
                Alert($"parsing [{_file}:{_line}]: {(w[1].Length == 0 ? "missing" : "unknown")} keyword in 'stats', expects 'admin', 'uri', 'realm', 'auth', 'scope', 'enable', 'hide-version', 'show-node', 'show-desc' or 'show-legends'.");
                return;
        }
    }
}
