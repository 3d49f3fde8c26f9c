namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// The actions haproxy 2.6.12 registers for http-request, http-response and http-after-response, in its registration
/// order (the order of its "expects …" message; measured with <c>haproxy -c</c> on an unknown action). A trailing
/// <c>(*)</c> marks a prefix action such as <c>set-var(txn.x)</c>.
/// </summary>
internal static class HttpActionNames
{
    public static readonly string[] HttpRequest =
    [
        "wait-for-handshake", "ot-group", "set-log-level", "set-nice", "use-service", "sc-inc-gpc(*)", "sc-inc-gpc0(*)",
        "sc-inc-gpc1(*)", "sc-set-gpt(*)", "sc-set-gpt0(*)", "send-spoe-group", "do-resolve(*)", "cache-use", "add-acl(*)",
        "add-header", "allow", "auth", "capture", "del-acl(*)", "del-header", "del-map(*)", "deny", "disable-l7-retry",
        "early-hint", "normalize-uri", "redirect", "reject", "replace-header", "replace-path", "replace-pathq",
        "replace-uri", "replace-value", "return", "set-header", "set-map(*)", "set-method", "set-path", "set-pathq",
        "set-query", "set-uri", "strict-mode", "tarpit", "track-sc(*)", "set-timeout", "wait-for-body", "set-var-fmt(*)",
        "set-var(*)", "unset-var(*)", "set-dst", "set-dst-port", "set-mark", "set-src", "set-src-port", "set-tos",
        "silent-drop", "set-priority-class", "set-priority-offset",
    ];

    public static readonly string[] HttpResponse =
    [
        "ot-group", "set-log-level", "set-nice", "sc-inc-gpc(*)", "sc-inc-gpc0(*)", "sc-inc-gpc1(*)", "sc-set-gpt(*)",
        "sc-set-gpt0(*)", "send-spoe-group", "cache-store", "add-acl(*)", "add-header", "allow", "capture", "del-acl(*)",
        "del-header", "del-map(*)", "deny", "redirect", "replace-header", "replace-value", "return", "set-header",
        "set-map(*)", "set-status", "strict-mode", "track-sc(*)", "wait-for-body", "set-var-fmt(*)", "set-var(*)",
        "unset-var(*)", "set-mark", "set-tos", "silent-drop",
    ];

    public static readonly string[] HttpAfterResponse =
    [
        "ot-group", "add-header", "allow", "capture", "del-header", "replace-header", "replace-value", "set-header",
        "set-status", "strict-mode", "set-var-fmt(*)", "set-var(*)", "unset-var(*)",
    ];

    /// <summary>haproxy's action_lookup(): exact names, or a prefix for the <c>(*)</c> ones. Returns the base name or null.</summary>
    public static string? Find(string[] table, string word)
    {
        foreach (string entry in table)
        {
            if (entry.EndsWith("(*)", StringComparison.Ordinal))
            {
                if (word.StartsWith(entry.AsSpan(0, entry.Length - 3), StringComparison.Ordinal))
                {
                    return entry[..^3];
                }
            }
            else if (word == entry)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The "expects 'a', 'b', …, " list of the unknown-action alert.</summary>
    public static string Expected(string[] table) => string.Concat(table.Select(a => $"'{a}', "));
}
