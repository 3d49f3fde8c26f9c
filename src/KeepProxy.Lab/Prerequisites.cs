namespace KeepProxy.Lab;

/// <summary>What the lab needs from the machine. <see cref="Missing"/> lists every unmet need in words a new user can act on.</summary>
public static class Prerequisites
{
    /// <summary>Programs (absolute path, apt package) the lab itself and the articles' scripts run.</summary>
    public static IReadOnlyList<(string Path, string Package)> Programs { get; } =
    [
        ("/usr/bin/unshare", "util-linux"),
        ("/usr/bin/nsenter", "util-linux"),
        ("/usr/sbin/ip", "iproute2"),
        ("/usr/sbin/keepalived", "keepalived"),
        ("/usr/sbin/haproxy", "haproxy"),
        ("/usr/sbin/nginx", "nginx"),
        ("/usr/bin/curl", "curl"),
        ("/usr/bin/killall", "psmisc"),
        ("/usr/bin/pidof", "procps"),
        ("/usr/bin/openssl", "openssl"),
        ("/usr/bin/perl", "perl-base"),
    ];

    public static bool IsRoot => Environment.UserName == "root" || geteuid() == 0;

    public static IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        if (!OperatingSystem.IsLinux()) missing.Add("the lab needs Linux (network, PID and mount namespaces)");
        if (!IsRoot) missing.Add("the lab needs root (it creates network namespaces, veth pairs and mounts): run it with sudo");
        foreach (var (path, package) in Programs)
            if (!File.Exists(path) && !File.Exists("/usr" + path) && !File.Exists(path.Replace("/usr/sbin/", "/sbin/", StringComparison.Ordinal)))
                missing.Add($"{path} not found (apt-get install {package})");
        return missing;
    }

    /// <summary>The hard RLIMIT_NOFILE (what haproxy can raise its limit to).</summary>
    public static long FileDescriptorLimit()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/limits"))
            {
                if (!line.StartsWith("Max open files", StringComparison.Ordinal)) continue;
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return parts[4] == "unlimited" ? long.MaxValue : long.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        catch (IOException) { }
        return long.MaxValue;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint geteuid();
}
