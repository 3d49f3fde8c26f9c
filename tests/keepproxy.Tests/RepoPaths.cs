namespace KeepProxy.Cli.Tests;

/// <summary>Finds files of the repository (configs/seeds) from the test's output directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds(string relative) => Path.Combine(Root, "configs", "seeds", relative);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KeepProxy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("KeepProxy.sln not found above " + AppContext.BaseDirectory);
    }
}
