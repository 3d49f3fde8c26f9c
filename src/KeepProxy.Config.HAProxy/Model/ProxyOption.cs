namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// <c>[no] option NAME [args…]</c> (e.g. <c>option httpchk GET /health</c>, <c>option mysql-check user x</c>).
/// <see cref="Enabled"/> is false for <c>no option</c>.
/// </summary>
public sealed record ProxyOption(SourcePosition Position, string Name, bool Enabled, IReadOnlyList<string> Args);
