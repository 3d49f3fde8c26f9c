namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// The names haproxy 2.6 knows, section by section, taken from its keyword registrations and the keyword matrix of
/// its configuration manual (names only). A name here that no handler models is "recognised": it is kept as a
/// <see cref="Model.Directive"/> and gets a warning instead of "unknown keyword".
/// </summary>
public static class KeywordNames
{
    /// <summary>Section keywords, in haproxy 2.6's registration spirit.</summary>
    public static readonly string[] Sections =
    [
        "global", "defaults", "frontend", "backend", "listen", "userlist", "peers", "resolvers", "mailers",
        "http-errors", "cache", "program", "ring", "log-forward", "fcgi-app", "namespace_list",
    ];

    /// <summary>Keywords registered for the global section by haproxy 2.6's modules (cfg_kws with CFG_GLOBAL).</summary>
    public static readonly string[] GlobalRegistered =
    [
        "51degrees-cache-size", "51degrees-data-file", "51degrees-property-name-list", "51degrees-property-separator",
        "ca-base", "close-spread-time", "crt-base", "default-path", "deviceatlas-json-file", "deviceatlas-log-level",
        "deviceatlas-properties-cookie", "deviceatlas-property-separator", "grace", "h1-accept-payload-with-any-method",
        "h1-case-adjust", "h1-case-adjust-file", "hard-stop-after", "httpclient.resolvers.id",
        "httpclient.resolvers.prefer", "httpclient.ssl.ca-file", "httpclient.ssl.verify", "issuers-chain-path",
        "lua-load", "lua-load-per-thread", "lua-prepend-path", "maxsslconn", "mworker-max-reloads", "nbthread",
        "no-memory-trimming", "pp2-never-send-local", "profiling.memory", "profiling.tasks", "set-var", "set-var-fmt",
        "ssl-default-bind-ciphers", "ssl-default-bind-ciphersuites", "ssl-default-bind-curves",
        "ssl-default-bind-options", "ssl-default-server-ciphers", "ssl-default-server-ciphersuites",
        "ssl-default-server-options", "ssl-dh-param-file", "ssl-engine", "ssl-load-extra-del-ext",
        "ssl-load-extra-files", "ssl-mode-async", "ssl-propquery", "ssl-provider", "ssl-provider-path",
        "ssl-skip-self-issued-ca", "stats", "thread-group", "thread-groups", "tune.fail-alloc", "tune.fd.edge-triggered",
        "tune.h2.header-table-size", "tune.h2.initial-window-size", "tune.h2.max-concurrent-streams",
        "tune.h2.max-frame-size", "tune.idle-pool.shared", "tune.listener.multi-queue", "tune.lua.forced-yield",
        "tune.lua.maxmem", "tune.lua.service-timeout", "tune.lua.session-timeout", "tune.lua.task-timeout",
        "tune.pool-high-fd-ratio", "tune.pool-low-fd-ratio", "tune.quic.frontend.conn-tx-buffers.limit",
        "tune.quic.frontend.max-idle-timeout", "tune.quic.frontend.max-streams-bidi", "tune.quic.retry-threshold",
        "tune.sched.low-latency", "tune.ssl.cachesize", "tune.ssl.capture-buffer-size",
        "tune.ssl.capture-cipherlist-size", "tune.ssl.default-dh-param", "tune.ssl.force-private-cache",
        "tune.ssl.hard-maxrecord", "tune.ssl.keylog", "tune.ssl.lifetime", "tune.ssl.maxrecord",
        "tune.ssl.ssl-ctx-cache-size", "tune.vars.global-max-size", "tune.vars.proc-max-size",
        "tune.vars.reqres-max-size", "tune.vars.sess-max-size", "tune.vars.txn-max-size", "tune.zlib.memlevel",
        "tune.zlib.windowsize", "wurfl-cache-size", "wurfl-data-file", "wurfl-engine-mode", "wurfl-information-list",
        "wurfl-information-list-separator", "wurfl-patch-file", "wurfl-useragent-priority",
    ];

    /// <summary>The global keywords haproxy 2.6 parses itself (its common_kw_list), also did-you-mean candidates.</summary>
    public static readonly string[] GlobalCommon =
    [
        "global", "daemon", "master-worker", "noepoll", "nokqueue", "noevports", "nopoll", "busy-polling",
        "set-dumpable", "insecure-fork-wanted", "insecure-setuid-wanted", "nosplice", "nogetaddrinfo", "noreuseport",
        "quiet", "zero-warning", "tune.runqueue-depth", "tune.maxpollevents", "tune.maxaccept", "tune.recv_enough",
        "tune.buffers.limit", "tune.buffers.reserve", "tune.bufsize", "tune.maxrewrite", "tune.idletimer",
        "tune.rcvbuf.client", "tune.rcvbuf.server", "tune.sndbuf.client", "tune.sndbuf.server", "tune.pipesize",
        "tune.http.cookielen", "tune.http.logurilen", "tune.http.maxhdr", "tune.comp.maxlevel",
        "tune.pattern.cache-size", "uid", "gid", "external-check", "user", "group", "nbproc", "maxconn",
        "ssl-server-verify", "maxconnrate", "maxsessrate", "maxsslrate", "maxcomprate", "maxpipes", "maxzlibmem",
        "maxcompcpuusage", "ulimit-n", "chroot", "description", "node", "pidfile", "unix-bind", "log",
        "log-send-hostname", "server-state-base", "server-state-file", "log-tag", "spread-checks", "max-spread-checks",
        "cpu-map", "setenv", "presetenv", "unsetenv", "resetenv", "strict-limits", "localpeer", "numa-cpu-mapping",
        "defaults", "listen", "frontend", "backend", "peers", "resolvers", "cluster-secret",
    ];

    /// <summary>Extra global keywords haproxy 2.6 parses but does not list as did-you-mean candidates.</summary>
    public static readonly string[] GlobalExtra =
    [
        "expose-experimental-directives", "fd-hard-limit", "h2-workaround-bogus-websocket-clients", "tune.chksize",
        "stats", "debug", "tune.vars.check-max-size",
    ];

    /// <summary>Keywords registered for proxy sections by haproxy 2.6's modules (cfg_kws with CFG_LISTEN).</summary>
    public static readonly string[] ListenRegistered =
    [
        "clitcpka-cnt", "clitcpka-idle", "clitcpka-intvl", "compression", "declare", "errorfile", "errorfiles",
        "errorloc", "errorloc302", "errorloc303", "external-check", "filter", "http-check", "http-error",
        "max-keep-alive-queue", "rate-limit", "retry-on", "srvtcpka-cnt", "srvtcpka-idle", "srvtcpka-intvl",
        "tcp-check", "tcp-request", "tcp-response", "timeout", "use-fcgi-app",
    ];

    /// <summary>The proxy keywords haproxy 2.6 parses itself (its common_kw_list), also did-you-mean candidates.</summary>
    public static readonly string[] ListenCommon =
    [
        "listen", "frontend", "backend", "defaults", "server", "default-server", "server-template", "bind",
        "monitor-net", "monitor-uri", "mode", "id", "description", "disabled", "enabled", "bind-process", "acl",
        "dynamic-cookie-key", "cookie", "email-alert", "persist", "appsession", "load-server-state-from-file",
        "server-state-file-name", "max-session-srv-conns", "capture", "retries", "http-request", "http-response",
        "http-after-response", "http-send-name-header", "block", "redirect", "use_backend", "use-server",
        "force-persist", "ignore-persist", "force-persist", "stick-table", "stick", "stats", "option",
        "default_backend", "http-reuse", "monitor", "transparent", "maxconn", "backlog", "fullconn", "dispatch",
        "balance", "hash-type", "hash-balance-factor", "unique-id-format", "unique-id-header", "log-format",
        "log-format-sd", "log-tag", "log", "source", "usesrc", "error-log-format",
    ];

    /// <summary>Proxy keywords removed before 2.6 that haproxy answers with a dedicated alert, not "unknown keyword".</summary>
    public static readonly IReadOnlyDictionary<string, string> ListenRemoved = new Dictionary<string, string>
    {
        ["reqadd"] = "http-request add-header",
        ["reqallow"] = "http-request allow",
        ["reqdel"] = "http-request del-header",
        ["reqdeny"] = "http-request deny",
        ["reqiallow"] = "http-request allow",
        ["reqidel"] = "http-request del-header",
        ["reqideny"] = "http-request deny",
        ["reqipass"] = "",
        ["reqirep"] = "http-request replace-header",
        ["reqitarpit"] = "http-request tarpit",
        ["reqpass"] = "",
        ["reqrep"] = "http-request replace-header",
        ["reqtarpit"] = "http-request tarpit",
        ["rspadd"] = "http-response add-header",
        ["rspdel"] = "http-response del-header",
        ["rspdeny"] = "http-response deny",
        ["rspidel"] = "http-response del-header",
        ["rspideny"] = "http-response deny",
        ["rspirep"] = "http-response replace-header",
        ["rsprep"] = "http-response replace-header",
    };

    /// <summary>haproxy 2.6's <c>option</c> names (cfg_opts, cfg_opts2 and the options parsed by hand).</summary>
    public static readonly string[] Options =
    [
        "abortonclose", "allbackups", "checkcache", "clitcpka", "contstats", "dontlognull", "http-buffer-request",
        "http-ignore-probes", "prefer-last-server", "logasap", "nolinger", "persist", "srvtcpka", "transparent",
        "idle-close-on-response", "splice-request", "splice-response", "splice-auto", "accept-invalid-http-request",
        "accept-invalid-http-response", "dontlog-normal", "log-separate-errors", "log-health-checks", "socket-stats",
        "tcp-smart-accept", "tcp-smart-connect", "independent-streams", "http-use-proxy-header",
        "http-pretend-keepalive", "http-no-delay", "h1-case-adjust-bogus-client", "h1-case-adjust-bogus-server",
        "disable-h2-upgrade", "http-restrict-req-hdr-names", "httpclose", "http-server-close", "http-keep-alive",
        "redispatch", "httplog", "httpslog", "tcplog", "tcpka", "httpchk", "ssl-hello-chk", "smtpchk", "pgsql-check",
        "redis-check", "mysql-check", "ldap-check", "spop-check", "tcp-check", "external-check", "forwardfor",
        "originalto", "http-tunnel", "forceclose",
    ];

    /// <summary>The option names haproxy 2.6 suggests from (cfg_opts, cfg_opts2, then its common_options list).</summary>
    public static readonly string[] OptionCandidates = Options.Where(o => o is not ("http-tunnel" or "forceclose")).ToArray();

    /// <summary>haproxy 2.6's <c>timeout</c> names in the order its alert lists them.</summary>
    public static readonly string[] Timeouts =
    [
        "client", "server", "connect", "check", "queue", "http-keep-alive", "http-request", "tunnel", "tarpit",
        "client-fin", "server-fin",
    ];

    /// <summary>haproxy 2.6's <c>bind</c> options; the bool says whether the option takes a value.</summary>
    public static readonly IReadOnlyDictionary<string, bool> BindOptions = new Dictionary<string, bool>
    {
        ["accept-netscaler-cip"] = true, ["accept-proxy"] = false, ["allow-0rtt"] = false, ["alpn"] = true,
        ["backlog"] = true, ["ca-file"] = true, ["ca-ignore-err"] = true, ["ca-sign-file"] = true,
        ["ca-sign-pass"] = true, ["ca-verify-file"] = true, ["ciphers"] = true, ["ciphersuites"] = true,
        ["crl-file"] = true, ["crt"] = true, ["crt-ignore-err"] = true, ["crt-list"] = true, ["curves"] = true,
        ["defer-accept"] = false, ["ecdhe"] = true, ["expose-fd"] = true, ["force-sslv3"] = false,
        ["force-tlsv10"] = false, ["force-tlsv11"] = false, ["force-tlsv12"] = false, ["force-tlsv13"] = false,
        ["generate-certificates"] = false, ["gid"] = true, ["group"] = true, ["id"] = true, ["interface"] = true,
        ["level"] = true, ["maxconn"] = true, ["mode"] = true, ["mss"] = true, ["name"] = true,
        ["namespace"] = true, ["nice"] = true, ["no-ca-names"] = false, ["no-sslv3"] = false,
        ["no-tls-tickets"] = false, ["no-tlsv10"] = false, ["no-tlsv11"] = false, ["no-tlsv12"] = false,
        ["no-tlsv13"] = false, ["npn"] = true, ["prefer-client-ciphers"] = false, ["process"] = true,
        ["proto"] = true, ["quic-force-retry"] = false, ["severity-output"] = true, ["shards"] = true,
        ["ssl"] = false, ["ssl-max-ver"] = true, ["ssl-min-ver"] = true, ["strict-sni"] = false, ["tcp-ut"] = true,
        ["tfo"] = false, ["thread"] = true, ["tls-ticket-keys"] = true, ["transparent"] = false, ["uid"] = true,
        ["user"] = true, ["v4v6"] = false, ["v6only"] = false, ["verify"] = true,
    };

    /// <summary>haproxy 2.6's <c>server</c>/<c>default-server</c> options; the bool says whether it takes a value.</summary>
    public static readonly IReadOnlyDictionary<string, bool> ServerOptions = new Dictionary<string, bool>
    {
        ["addr"] = true, ["agent-addr"] = true, ["agent-check"] = false, ["agent-inter"] = true,
        ["agent-port"] = true, ["agent-send"] = true, ["alpn"] = true, ["backup"] = false, ["ca-file"] = true,
        ["check"] = false, ["check-alpn"] = true, ["check-proto"] = true, ["check-send-proxy"] = false,
        ["check-sni"] = true, ["check-ssl"] = false, ["ciphers"] = true, ["ciphersuites"] = true, ["cookie"] = true,
        ["crl-file"] = true, ["crt"] = true, ["disabled"] = false, ["downinter"] = true, ["enabled"] = false,
        ["error-limit"] = true, ["fall"] = true, ["fastinter"] = true, ["force-sslv3"] = false,
        ["force-tlsv10"] = false, ["force-tlsv11"] = false, ["force-tlsv12"] = false, ["force-tlsv13"] = false,
        ["id"] = true, ["init-addr"] = true, ["inter"] = true, ["log-proto"] = true, ["max-reuse"] = true,
        ["maxconn"] = true, ["maxqueue"] = true, ["minconn"] = true, ["namespace"] = true,
        ["no-agent-check"] = false, ["no-backup"] = false, ["no-check"] = false, ["no-check-send-proxy"] = false,
        ["no-check-ssl"] = false, ["no-send-proxy"] = false, ["no-send-proxy-v2-ssl"] = false,
        ["no-send-proxy-v2-ssl-cn"] = false, ["no-ssl"] = false, ["no-ssl-reuse"] = false, ["no-sslv3"] = false,
        ["no-tfo"] = false, ["no-tls-tickets"] = false, ["no-tlsv10"] = false, ["no-tlsv11"] = false,
        ["no-tlsv12"] = false, ["no-tlsv13"] = false, ["no-verifyhost"] = false, ["non-stick"] = false,
        ["npn"] = true, ["observe"] = true, ["on-error"] = true, ["on-marked-down"] = true,
        ["on-marked-up"] = true, ["pool-low-conn"] = true, ["pool-max-conn"] = true, ["pool-purge-delay"] = true,
        ["port"] = true, ["proto"] = true, ["redir"] = true, ["resolve-net"] = true, ["resolve-opts"] = true,
        ["resolve-prefer"] = true, ["resolvers"] = true, ["rise"] = true, ["send-proxy"] = false,
        ["send-proxy-v2"] = false, ["send-proxy-v2-ssl"] = false, ["send-proxy-v2-ssl-cn"] = false,
        ["proxy-v2-options"] = true, ["slowstart"] = true, ["sni"] = true, ["source"] = true, ["ssl"] = false,
        ["ssl-max-ver"] = true, ["ssl-min-ver"] = true, ["ssl-reuse"] = false, ["stick"] = false, ["tcp-ut"] = true,
        ["tfo"] = false, ["tls-tickets"] = false, ["track"] = true, ["usesrc"] = true, ["verify"] = true,
        ["verifyhost"] = true, ["weight"] = true, ["ws"] = true, ["set-proxy-v2-tlv-fmt"] = true,
    };

    /// <summary>Keywords of the sections KeepProxy keeps as words, by section (haproxy 2.6's parsers for each).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MinorSections = new Dictionary<string, string[]>
    {
        ["userlist"] = ["group", "user"],
        ["peers"] = ["bind", "default-bind", "default-server", "disabled", "enabled", "log", "peer", "server", "shards", "table"],
        ["resolvers"] = ["accepted_payload_size", "hold", "nameserver", "parse-resolv-conf", "resolve_retries", "timeout"],
        ["mailers"] = ["mailer", "timeout"],
        ["http-errors"] = ["errorfile"],
        ["cache"] = ["max-age", "max-object-size", "max-secondary-entries", "process-vary", "total-max-size"],
        ["program"] = ["command", "group", "no", "option", "user"],
        ["ring"] = ["description", "format", "maxlen", "server", "size", "timeout"],
        ["log-forward"] = ["backlog", "bind", "dgram-bind", "log", "maxconn", "timeout"],
        ["fcgi-app"] = ["docroot", "index", "log-stderr", "option", "path-info", "pass-header", "set-param", "acl"],
        ["namespace_list"] = ["namespace"],
    };

    /// <summary>Balance algorithms haproxy 2.6 accepts (the ones taking an argument in parentheses end with '(').</summary>
    public static readonly string[] BalanceAlgorithms =
    [
        "roundrobin", "static-rr", "leastconn", "first", "source", "uri", "url_param", "random", "hdr(", "rdp-cookie",
        "rdp-cookie(", "random(", "hash",
    ];
}
