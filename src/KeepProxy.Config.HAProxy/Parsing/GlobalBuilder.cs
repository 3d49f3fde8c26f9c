using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>Mutable state of the <c>global</c> section while lines are read; <see cref="Build"/> freezes it.</summary>
internal sealed class GlobalBuilder
{
    public SourcePosition Position = SourcePosition.None;
    public readonly List<LogTarget> Logs = new();
    public string? Chroot;
    public readonly List<StatsSocket> StatsSockets = new();
    public int? StatsTimeoutMs;
    public string? User;
    public string? Group;
    public int? Uid;
    public int? Gid;
    public bool Daemon;
    public bool MasterWorker;
    public int? MaxConn;
    public string? CaBase;
    public string? CrtBase;
    public string? BindCiphers;
    public string? BindCiphersuites;
    public List<string> BindOptions = new();
    public string? ServerCiphers;
    public string? ServerCiphersuites;
    public List<string> ServerOptions = new();
    public string? PidFile;
    public int? NbProc;
    public int? NbThread;
    public bool ZeroWarning;
    public readonly List<Directive> Directives = new();

    public GlobalSection Build() => new(
        Position, Logs.ToArray(), Chroot, StatsSockets.ToArray(), StatsTimeoutMs, User, Group, Uid, Gid, Daemon,
        MasterWorker, MaxConn, CaBase, CrtBase, BindCiphers, BindCiphersuites, BindOptions.ToArray(), ServerCiphers,
        ServerCiphersuites, ServerOptions.ToArray(), PidFile, NbProc, NbThread, ZeroWarning, Directives.ToArray());
}
