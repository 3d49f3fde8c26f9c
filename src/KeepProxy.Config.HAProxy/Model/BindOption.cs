namespace KeepProxy.Config.HAProxy.Model;

/// <summary>One option on a <c>bind</c> or <c>stats socket</c> line; <see cref="Value"/> is null for flags like <c>ssl</c>.</summary>
public sealed record BindOption(SourcePosition Position, string Name, string? Value);
