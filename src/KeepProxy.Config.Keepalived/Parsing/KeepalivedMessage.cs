namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// One line keepalived prints while checking a config, with what it needs to render the exact prefix:
/// <c>(file: Line N) text</c>, <c>(Line N) text</c> or bare <c>text</c>.
/// </summary>
/// <param name="Error">The config_err_t level it raises (decides the exit code).</param>
/// <param name="Position">Where; <see cref="SourcePosition.None"/> for completion-time checks that name no line.</param>
/// <param name="Text">The message without the prefix.</param>
/// <param name="ShowFile">False for the parent pass over a single file, which prints <c>(Line N)</c>.</param>
/// <param name="Improvement">True for KeepProxy's own additions (e.g. "did you mean").</param>
/// <param name="ParentOnly">Printed by the parent process's read only (e.g. a missing include).</param>
public sealed record KeepalivedMessage(ConfigError Error, SourcePosition Position, string Text, bool ShowFile, bool Improvement = false,
    bool ParentOnly = false)
{
    public string Render()
    {
        if (Position.Line == 0)
        {
            return Text;
        }

        return ShowFile ? $"({Position.File}: Line {Position.Line}) {Text}" : $"(Line {Position.Line}) {Text}";
    }

    public Diagnostic ToDiagnostic() => new(
        Error is ConfigError.Info or ConfigError.Ok ? Severity.Notice : Severity.Alert,
        Position,
        Text,
        Improvement);
}
