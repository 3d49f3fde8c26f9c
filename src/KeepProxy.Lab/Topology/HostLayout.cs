namespace KeepProxy.Lab.Topology;

/// <summary>
/// Where a host's private directories live in its temp dir and where they appear inside the host.
/// Directories that the programs write (/run, /var/log, web roots, chroots) are bind mounts of the host's
/// own folders; /etc and /usr/local are overlays (lower = the machine's, upper = the host's folder), so a
/// config sits at its real path (/etc/keepalived/keepalived.conf, /etc/check.sh, /usr/local/haproxy) and
/// nothing is ever written to the machine's own /etc.
/// </summary>
public sealed class HostLayout(string root)
{
    /// <summary>(folder under the host dir, path inside the host). /tmp comes last: the other mounts name
    /// their sources by paths under the machine's /tmp.</summary>
    public static readonly IReadOnlyList<(string Folder, string Target)> Binds =
    [
        ("run", "/run"),
        ("log", "/var/log"),
        ("www", "/var/www"),
        ("nginx-html", "/usr/share/nginx/html"),
        ("lib-haproxy", "/var/lib/haproxy"),
        ("lib-nginx", "/var/lib/nginx"),
        ("tmp", "/tmp"),
    ];

    public static readonly IReadOnlyList<(string Folder, string Target)> Overlays =
    [
        ("etc", "/etc"),
        ("usr-local", "/usr/local"),
    ];

    public string Root { get; } = root;

    public string ShimPath => Path.Combine(Root, "systemctl");

    public string UpperOf(string folder) => Path.Combine(Root, folder + "-upper");

    public string WorkOf(string folder) => Path.Combine(Root, folder + "-work");

    /// <summary>The file on the machine that shows up as <paramref name="hostPath"/> inside the host.</summary>
    public string MapToOutside(string hostPath)
    {
        if (!hostPath.StartsWith('/')) throw new ArgumentException($"not absolute: {hostPath}", nameof(hostPath));
        foreach (var (folder, target) in Binds.Concat(Overlays).OrderByDescending(b => b.Target.Length))
        {
            if (hostPath == target || hostPath.StartsWith(target + "/", StringComparison.Ordinal))
            {
                var rel = hostPath.Length == target.Length ? "" : hostPath[(target.Length + 1)..];
                var baseDir = Overlays.Any(o => o.Folder == folder) ? UpperOf(folder) : Path.Combine(Root, folder);
                return Path.Combine(baseDir, rel);
            }
        }
        throw new ArgumentException($"{hostPath} is not on a per-host mount (use /etc, /run, /var/log, /var/www, /usr/share/nginx/html, /usr/local, /tmp …)", nameof(hostPath));
    }

    public void Create()
    {
        foreach (var (folder, _) in Binds) Directory.CreateDirectory(Path.Combine(Root, folder));
        foreach (var (folder, _) in Overlays)
        {
            Directory.CreateDirectory(UpperOf(folder));
            Directory.CreateDirectory(WorkOf(folder));
        }
        // What the Debian units would create: RuntimeDirectory=haproxy, /run/lock, nginx's log dir.
        Directory.CreateDirectory(Path.Combine(Root, "run", "haproxy"));
        Directory.CreateDirectory(Path.Combine(Root, "run", "lock"));
        Directory.CreateDirectory(Path.Combine(Root, "log", "nginx"));
        Directory.CreateDirectory(Path.Combine(Root, "www", "html"));
    }

    /// <summary>The init script of the host's namespaces (pure; unit-tested). <paramref name="fileBinds"/> are
    /// (source on the machine, file inside the host), e.g. the systemctl shim or vrrpd over /usr/sbin/keepalived.</summary>
    public string InitScript(string hostName, IEnumerable<(string Source, string Target)> fileBinds)
    {
        var lines = new List<string>
        {
            "set -e",
            $"hostname {ShellQuote(hostName)}",
        };
        foreach (var (folder, target) in Overlays)
            lines.Add($"mount -t overlay lab-{folder} -o lowerdir={target},upperdir={UpperOf(folder)},workdir={WorkOf(folder)} {target}");
        foreach (var (source, target) in fileBinds)
            lines.Add($"mount --bind {ShellQuote(source)} {ShellQuote(target)}");
        foreach (var (folder, target) in Binds)
            lines.Add($"mount --bind {ShellQuote(Path.Combine(Root, folder))} {target}");
        lines.Add("ip link set lo up");
        lines.Add("sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 || true");
        lines.Add("echo READY");
        // PID 1 of the host: bash reaps orphaned daemons; it ends (and with it every process of the host)
        // when stdin — the lab's pipe — reaches end-of-file.
        lines.Add("exec 3<&0");
        lines.Add("cat <&3 >/dev/null &");
        lines.Add("wait $!");
        return string.Join('\n', lines) + "\n";
    }

    public static string ShellQuote(string s) =>
        s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || "/._-:=,@+%".Contains(c)) ? s : "'" + s.Replace("'", "'\\''") + "'";
}
