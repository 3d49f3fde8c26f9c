namespace KeepProxy.Config.HAProxy.Model;

/// <summary>One option on a <c>server</c> or <c>default-server</c> line; <see cref="Value"/> is null for flags like <c>check</c>.</summary>
public sealed record ServerOption(SourcePosition Position, string Name, string? Value);
