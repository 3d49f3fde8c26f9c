namespace KeepProxy.Config.HAProxy.Model;

/// <summary><c>acl NAME CRITERION [flags] [operator] VALUE…</c>, e.g. <c>acl is_static path_beg /static/</c>.</summary>
public sealed record Acl(SourcePosition Position, string Name, string Criterion, IReadOnlyList<string> Values);
