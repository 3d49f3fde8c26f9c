namespace KeepProxy.Config.HAProxy.Model;

/// <summary><c>errorfile CODE FILE</c>.</summary>
public sealed record ErrorFile(SourcePosition Position, int Status, string Path);
