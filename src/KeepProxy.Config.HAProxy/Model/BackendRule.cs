namespace KeepProxy.Config.HAProxy.Model;

/// <summary><c>use_backend NAME [{if | unless} COND]</c>.</summary>
public sealed record BackendRule(SourcePosition Position, string Backend, Condition? Condition);
