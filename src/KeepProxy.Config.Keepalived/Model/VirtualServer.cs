namespace KeepProxy.Config.Keepalived.Model;

/// <summary>
/// virtual_server ADDR PORT | fwmark N | group NAME { delay_loop, lb_algo, lb_kind, persistence_timeout, protocol,
/// sorry_server, real_server ... }.
/// </summary>
public sealed record VirtualServer(
    string Address,
    int? Port,
    string? Fwmark,
    string? Group,
    double DelayLoop,
    string LbAlgo,
    string LbKind,
    int? PersistenceTimeout,
    string Protocol,
    IReadOnlyList<RealServer> RealServers,
    IReadOnlyDictionary<string, string> OtherSettings,
    SourcePosition Position);
