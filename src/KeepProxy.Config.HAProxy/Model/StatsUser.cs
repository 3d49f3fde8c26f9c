namespace KeepProxy.Config.HAProxy.Model;

/// <summary>One <c>stats auth USER:PASSWORD</c>.</summary>
public sealed record StatsUser(SourcePosition Position, string User, string Password);
