namespace KeepProxy.Lab;

/// <summary>Where the lab finds the articles' configs (configs/seeds) and KeepProxy's published daemons (artifacts/bin).</summary>
public sealed record LabPaths(string RepoRoot)
{
    public string Seeds => Path.Combine(RepoRoot, "configs", "seeds");

    public string ArtifactsBin => Path.Combine(RepoRoot, "artifacts", "bin");

    public string Seed(params string[] parts) => Path.Combine([Seeds, .. parts]);

    /// <summary>Walks up from <paramref name="start"/> (and then from the executable's folder) to the folder holding KeepProxy.sln.</summary>
    public static LabPaths? Discover(string? start = null)
    {
        foreach (var dir in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(dir); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "KeepProxy.sln")) && Directory.Exists(Path.Combine(d.FullName, "configs", "seeds")))
                    return new LabPaths(d.FullName);
            }
        }
        return null;
    }
}
