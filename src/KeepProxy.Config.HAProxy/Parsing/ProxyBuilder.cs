using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// Mutable state of one proxy section while its lines are read. A new proxy starts as a copy of its defaults
/// section's inheritable settings (mode, log, options, retries, timeouts, errorfiles, maxconn, balance, cookie,
/// http-check, default-server, stats), as haproxy's init from defaults does.
/// </summary>
internal sealed class ProxyBuilder
{
    public ProxyBuilder(SourcePosition position, ProxyKind kind, string name, string? from)
    {
        Position = position;
        Kind = kind;
        Name = name;
        From = from;
    }

    public SourcePosition Position { get; }
    public ProxyKind Kind { get; }
    public string Name { get; }
    public string? From { get; }
    public ProxyMode Mode = ProxyMode.Tcp;
    public List<LogTarget> Logs = new();
    public Dictionary<string, ProxyOption> Options = new(StringComparer.Ordinal);
    public int? Retries;
    public Timeouts Timeouts = Timeouts.None;
    public Dictionary<int, ErrorFile> ErrorFiles = new();
    public int? MaxConn;
    public readonly List<Bind> Binds = new();
    public string? DefaultBackend;
    public SourcePosition DefaultBackendPosition;
    public readonly List<BackendRule> UseBackends = new();
    public readonly List<Acl> Acls = new();
    public string? Balance;
    public List<string> BalanceArgs = new();
    public readonly List<Server> Servers = new();
    public List<ServerOption> DefaultServer = new();
    public CookieSettings? Cookie;
    public List<HttpCheckRule> HttpChecks = new();
    public StatsBuilder? Stats;
    public bool Disabled;
    public string? Description;
    public readonly List<Directive> Directives = new();

    public bool HasFrontend => Kind is ProxyKind.Frontend or ProxyKind.Listen or ProxyKind.Defaults;

    public bool HasBackend => Kind is ProxyKind.Backend or ProxyKind.Listen or ProxyKind.Defaults;

    public void InheritFrom(ProxyBuilder d)
    {
        Mode = d.Mode;
        Logs = new List<LogTarget>(d.Logs);
        Options = new Dictionary<string, ProxyOption>(d.Options, StringComparer.Ordinal);
        Retries = d.Retries;
        Timeouts = d.Timeouts;
        ErrorFiles = new Dictionary<int, ErrorFile>(d.ErrorFiles);
        if (Kind != ProxyKind.Backend)
        {
            MaxConn = d.MaxConn;
        }

        Balance = d.Balance;
        BalanceArgs = new List<string>(d.BalanceArgs);
        DefaultServer = new List<ServerOption>(d.DefaultServer);
        Cookie = d.Cookie;
        HttpChecks = new List<HttpCheckRule>(d.HttpChecks);
        Stats = d.Stats?.Clone();
    }

    public Proxy Build() => new(
        Position, Kind, Name, From, Mode, Logs.ToArray(), Options, Retries, Timeouts,
        ErrorFiles.Values.OrderBy(e => e.Status).ToArray(), MaxConn, Binds.ToArray(), DefaultBackend,
        UseBackends.ToArray(), Acls.ToArray(), Balance, BalanceArgs.ToArray(), Servers.ToArray(),
        DefaultServer.ToArray(), Cookie, HttpChecks.ToArray(), Stats?.Build(), Disabled, Description,
        Directives.ToArray());
}
