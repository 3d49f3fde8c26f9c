namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// <c>cookie NAME [rewrite|insert|prefix] [indirect] [nocache] [postonly] [preserve] [httponly] [secure]
/// [domain D]* [maxidle T] [maxlife T] [dynamic] [attr V]*</c>.
/// </summary>
public sealed record CookieSettings(
    SourcePosition Position,
    string Name,
    CookieMode Mode,
    bool Indirect,
    bool NoCache,
    bool PostOnly,
    bool Preserve,
    bool HttpOnly,
    bool Secure,
    bool Dynamic,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Args);
