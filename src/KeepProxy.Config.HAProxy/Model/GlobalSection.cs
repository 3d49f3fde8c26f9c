namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// The <c>global</c> section(s), merged as haproxy merges repeated global sections. Times are milliseconds.
/// <see cref="NbProc"/> is kept only to report it: haproxy 2.6 refuses it and KeepProxy ignores it with a warning.
/// </summary>
public sealed record GlobalSection(
    SourcePosition Position,
    IReadOnlyList<LogTarget> Logs,
    string? Chroot,
    IReadOnlyList<StatsSocket> StatsSockets,
    int? StatsTimeoutMs,
    string? User,
    string? Group,
    int? Uid,
    int? Gid,
    bool Daemon,
    bool MasterWorker,
    int? MaxConn,
    string? CaBase,
    string? CrtBase,
    string? SslDefaultBindCiphers,
    string? SslDefaultBindCiphersuites,
    IReadOnlyList<string> SslDefaultBindOptions,
    string? SslDefaultServerCiphers,
    string? SslDefaultServerCiphersuites,
    IReadOnlyList<string> SslDefaultServerOptions,
    string? PidFile,
    int? NbProc,
    int? NbThread,
    bool ZeroWarning,
    IReadOnlyList<Directive> Directives)
{
    public static GlobalSection Empty { get; } = new(
        SourcePosition.None, [], null, [], null, null, null, null, null, false, false, null, null, null, null, null, [],
        null, null, [], null, null, null, false, []);
}
