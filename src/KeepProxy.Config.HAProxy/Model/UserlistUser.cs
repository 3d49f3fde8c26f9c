namespace KeepProxy.Config.HAProxy.Model;

/// <summary><c>user NAME [password HASH | insecure-password PASS] [groups G1,G2]</c>.</summary>
public sealed record UserlistUser(SourcePosition Position, string Name, string? Password, bool Insecure, IReadOnlyList<string> Groups);
