namespace KeepProxy.Lab.Specs;

/// <summary>A file placed at its real path inside a lab host (for example /etc/keepalived/keepalived.conf).</summary>
/// <param name="Path">Absolute path as the host sees it.</param>
/// <param name="Content">File content (UTF-8).</param>
/// <param name="Executable">chmod 755 when true, 644 otherwise.</param>
public sealed record HostFile(string Path, string Content, bool Executable = false)
{
    /// <summary>A file copied from the repository (configs/seeds/…), keeping its text.</summary>
    public static HostFile From(string path, string sourceFile, bool executable = false) =>
        new(path, File.ReadAllText(sourceFile), executable);
}
