namespace KeepProxy.Config;

/// <summary>One message about a configuration, in the reference program's own words.</summary>
/// <param name="Severity">How bad it is.</param>
/// <param name="Position">Where it is; <see cref="SourcePosition.None"/> for whole-config checks.</param>
/// <param name="Message">The message text without the program-specific prefix (the reporter adds that).</param>
/// <param name="Improvement">
/// True when KeepProxy is deliberately kinder or stricter than the reference here (docs/compat.md lists each case);
/// the differential suite uses it to tell documented improvements from bugs.
/// </param>
public sealed record Diagnostic(Severity Severity, SourcePosition Position, string Message, bool Improvement = false)
{
    public override string ToString() =>
        Position.IsNone ? $"{Severity}: {Message}" : $"{Position}: {Severity}: {Message}";
}
