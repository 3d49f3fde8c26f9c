namespace KeepProxy.Config.Keepalived.Lexing;

/// <summary>
/// One logical line after keepalived's read_line() work (comments stripped, @id/$NAME/~SEQ applied, a leading or
/// trailing '{' / '}' split off onto its own logical line).
/// </summary>
/// <param name="Text">The line text, trimmed.</param>
/// <param name="File">The file name as keepalived would print it (as given on the command line or in the include).</param>
/// <param name="Line">1-based line number in that file.</param>
/// <param name="ParentShowsFile">
/// keepalived's parent process names the file only for included files (or a main glob matching several files);
/// its children read a copy that always names it.
/// </param>
public readonly record struct SourceLine(string Text, string File, int Line, bool ParentShowsFile)
{
    public SourcePosition Position => new(File, Line, 1);

    /// <summary>
    /// The line number keepalived's child processes report: they read the parent's copy of the config, whose
    /// numbering differs from the file's after a last line without '\n' or a line longer than fgets' buffer.
    /// 0 = same as <see cref="Line"/>.
    /// </summary>
    public int ChildLine { get; init; }
}
