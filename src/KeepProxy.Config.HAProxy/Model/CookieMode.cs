namespace KeepProxy.Config.HAProxy.Model;

/// <summary>How <c>cookie</c> persistence writes the cookie; <see cref="None"/> when the line names no mode (haproxy then rewrites nothing and persists on an existing cookie).</summary>
public enum CookieMode
{
    None,
    Rewrite,
    Insert,
    Prefix,
}
