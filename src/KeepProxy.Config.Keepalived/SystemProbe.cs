namespace KeepProxy.Config.Keepalived;

/// <summary>What keepalived asks the running system while checking: interfaces, users, scripts.</summary>
public static class SystemProbe
{
    /// <summary>
    /// Interfaces of the current network namespace. /proc/net/dev follows the reading process's namespace (unlike
    /// /sys/class/net, which shows the namespace sysfs was mounted in — wrong under <c>unshare --net</c>).
    /// </summary>
    public static IReadOnlySet<string> Interfaces()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (string line in File.ReadLines("/proc/net/dev"))
            {
                int colon = line.IndexOf(':');
                if (colon > 0)
                {
                    set.Add(line[..colon].Trim());
                }
            }

            return set;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Fall back to sysfs below.
        }

        try
        {
            foreach (string dir in Directory.EnumerateFileSystemEntries("/sys/class/net"))
            {
                set.Add(Path.GetFileName(dir));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No procfs or sysfs: no interfaces, as keepalived would find none.
        }

        return set;
    }

    /// <summary>getaddrinfo(name) succeeds (the system resolver: /etc/hosts, DNS); keepalived's domain_stosockaddr().</summary>
    public static bool HostResolves(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            return System.Net.Dns.GetHostAddresses(name).Length > 0;
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>getpwnam() over /etc/passwd.</summary>
    public static bool UserExists(string user)
    {
        try
        {
            foreach (string line in File.ReadLines("/etc/passwd"))
            {
                int colon = line.IndexOf(':');
                if (colon > 0 && line.AsSpan(0, colon).SequenceEqual(user))
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }

    /// <summary>The script's first word, as a path or searched in PATH, exists and has an execute bit.</summary>
    public static bool ScriptExecutable(string command)
    {
        string program = Parsing.ParseContext.FirstWord(command);
        if (program.Length == 0)
        {
            return false;
        }

        if (program.Contains('/'))
        {
            return IsExecutable(program);
        }

        string path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        foreach (string dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsExecutable(Path.Combine(dir, program)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsExecutable(string file)
    {
        try
        {
            return File.Exists(file) &&
                   (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
