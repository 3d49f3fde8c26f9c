namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// getpwnam()/getgrnam() for haproxy's global <c>user</c>/<c>group</c>: the names of /etc/passwd and /etc/group
/// (the "files" NSS source, which is what a Debian host uses for system accounts).
/// </summary>
internal static class SystemAccounts
{
    public static bool UserExists(string name) => Exists("/etc/passwd", name);

    public static bool GroupExists(string name) => Exists("/etc/group", name);

    private static bool Exists(string file, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            foreach (string line in File.ReadLines(file))
            {
                if (line.Length > name.Length && line[name.Length] == ':' && line.StartsWith(name, StringComparison.Ordinal))
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
}
