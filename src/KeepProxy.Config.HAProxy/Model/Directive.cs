namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// A configuration line kept as words: every keyword KeepProxy recognises but does not model yet lands here, so no
/// information from the file is lost and later work can pick it up.
/// </summary>
public sealed record Directive(SourcePosition Position, IReadOnlyList<string> Args)
{
    public string Keyword => Args.Count > 0 ? Args[0] : "";

    public override string ToString() => string.Join(' ', Args);
}
