namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// The project root and the suite's data files. The records hold paths relative to the project root, so every
/// check (ours and the live reference) runs with the project root as working directory, as record.sh does.
/// </summary>
public static class Workspace
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string SuiteDirectory => Path.Combine(Root, "conformance", "config-check");

    /// <summary>Makes the project root the working directory (idempotent; every test in this assembly wants the same).</summary>
    public static void EnterRoot()
    {
        if (!string.Equals(Directory.GetCurrentDirectory(), Root, StringComparison.Ordinal))
        {
            Directory.SetCurrentDirectory(Root);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "conformance", "config-check", "cases")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no project root above {AppContext.BaseDirectory}");
    }
}
