namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// One <c>log</c> line: <c>log global</c> (<see cref="IsGlobal"/>), or <c>log &lt;address&gt; [len N] [format F]
/// &lt;facility&gt; [max level [min level]]</c>.
/// </summary>
public sealed record LogTarget(
    SourcePosition Position,
    bool IsGlobal,
    string Address,
    string? Facility,
    string? MaxLevel,
    string? MinLevel,
    IReadOnlyList<string> Args);
