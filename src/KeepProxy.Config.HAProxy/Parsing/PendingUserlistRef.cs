namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>A userlist named in a fetch argument (http_auth(list)), resolved in the validity pass as smp_resolve_args() does.</summary>
internal readonly record struct PendingUserlistRef(SourcePosition Position, string Userlist, string Keyword, string Proxy);
