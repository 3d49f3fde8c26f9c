namespace KeepProxy.Config.Cluster;

/// <summary>Reads <c>net.ipv4.ip_nonlocal_bind</c> from sysctl files (later files win, as sysctl --system applies them).</summary>
public static class SysctlReader
{
    public const string NonlocalBindKey = "net.ipv4.ip_nonlocal_bind";

    public static bool? NonlocalBind(IEnumerable<string> files)
    {
        bool? value = null;
        foreach (string file in files)
        {
            if (!File.Exists(file))
            {
                continue;
            }

            foreach (string raw in File.ReadLines(file))
            {
                bool? parsed = ParseLine(raw);
                if (parsed is not null)
                {
                    value = parsed;
                }
            }
        }

        return value;
    }

    /// <summary>The value a sysctl.conf line sets for ip_nonlocal_bind, or null when the line is about something else.</summary>
    public static bool? ParseLine(string line)
    {
        string text = line.Trim();
        if (text.Length == 0 || text[0] is '#' or ';')
        {
            return null;
        }

        // A leading '-' means "ignore errors" in sysctl.d; keys may be written with '/' instead of '.'.
        text = text.TrimStart('-');
        int eq = text.IndexOf('=');
        if (eq < 0)
        {
            return null;
        }

        string key = text[..eq].Trim().Replace('/', '.');
        return key == NonlocalBindKey ? text[(eq + 1)..].Trim() == "1" : null;
    }
}
