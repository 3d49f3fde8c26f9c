namespace KeepProxy.Config.HAProxy.Model;

/// <summary><c>group NAME [users U1,U2]</c>.</summary>
public sealed record UserlistGroup(SourcePosition Position, string Name, IReadOnlyList<string> Users);
