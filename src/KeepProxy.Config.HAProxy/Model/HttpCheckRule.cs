namespace KeepProxy.Config.HAProxy.Model;

/// <summary><c>http-check ACTION args…</c> (e.g. <c>http-check expect status 200</c>).</summary>
public sealed record HttpCheckRule(SourcePosition Position, string Action, IReadOnlyList<string> Args);
