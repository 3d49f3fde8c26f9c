namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// How many arguments each keyword haproxy 2.6's cfg_parse_global() parses itself accepts: the <c>maxarg</c> it passes
/// to alertif_too_many_args() (src/cfgparse-global.c). A further word is "'KW' cannot handle unexpected argument 'W'.".
/// </summary>
internal static class GlobalArgLimits
{
    public static readonly Dictionary<string, int> Max = new(StringComparer.Ordinal)
    {
        ["global"] = 0, ["daemon"] = 0, ["master-worker"] = 1, ["noepoll"] = 0, ["nokqueue"] = 0, ["noevports"] = 0,
        ["nopoll"] = 0, ["busy-polling"] = 0, ["set-dumpable"] = 0, ["h2-workaround-bogus-websocket-clients"] = 0,
        ["insecure-fork-wanted"] = 0, ["insecure-setuid-wanted"] = 0, ["nosplice"] = 0, ["nogetaddrinfo"] = 0,
        ["noreuseport"] = 0, ["quiet"] = 0, ["zero-warning"] = 0, ["tune.runqueue-depth"] = 1,
        ["tune.maxpollevents"] = 1, ["tune.maxaccept"] = 1, ["tune.recv_enough"] = 1, ["tune.buffers.limit"] = 1,
        ["tune.buffers.reserve"] = 1, ["tune.bufsize"] = 1, ["tune.maxrewrite"] = 1, ["tune.idletimer"] = 1,
        ["tune.rcvbuf.client"] = 1, ["tune.rcvbuf.server"] = 1, ["tune.sndbuf.client"] = 1, ["tune.sndbuf.server"] = 1,
        ["tune.pipesize"] = 1, ["tune.http.cookielen"] = 1, ["tune.http.logurilen"] = 1, ["tune.http.maxhdr"] = 1,
        ["tune.comp.maxlevel"] = 1, ["cluster-secret"] = 1, ["uid"] = 1, ["gid"] = 1, ["external-check"] = 0,
        ["user"] = 1, ["group"] = 1, ["maxconn"] = 1, ["ssl-server-verify"] = 1, ["maxconnrate"] = 1,
        ["maxsessrate"] = 1, ["maxsslrate"] = 1, ["maxcomprate"] = 1, ["maxpipes"] = 1, ["maxzlibmem"] = 1,
        ["maxcompcpuusage"] = 1, ["fd-hard-limit"] = 1, ["ulimit-n"] = 1, ["chroot"] = 1, ["node"] = 1,
        ["pidfile"] = 1, ["log-tag"] = 1, ["spread-checks"] = 1, ["max-spread-checks"] = 1, ["setenv"] = 3,
        ["presetenv"] = 3, ["strict-limits"] = 0, ["localpeer"] = 1, ["nbthread"] = 1,
    };
}
