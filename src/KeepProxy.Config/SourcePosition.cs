namespace KeepProxy.Config;

/// <summary>A place in a configuration file: 1-based line and column. Every model node keeps one.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>Used for diagnostics that belong to no line (haproxy's post-parse checks, missing files).</summary>
    public static readonly SourcePosition None = new("", 0, 0);

    public bool IsNone => Line == 0 && File.Length == 0;

    public override string ToString() => IsNone ? "" : $"{File}:{Line}:{Column}";
}
