namespace KeepProxy.Lab.Topology;

/// <summary>
/// The temp dir of one lab run: /tmp/keepproxy-lab/&lt;owner pid&gt;-&lt;random&gt;. A run that was killed cannot
/// delete its own folder, so every new run removes folders whose owner process is gone.
/// </summary>
public sealed class RunDirectory
{
    public const string Parent = "/tmp/keepproxy-lab";

    private RunDirectory(string path) => Path = path;

    public string Path { get; }

    public static RunDirectory Create()
    {
        SweepStale();
        Directory.CreateDirectory(Parent);
        var path = System.IO.Path.Combine(Parent, $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(path);
        return new RunDirectory(path);
    }

    public void Delete()
    {
        for (var i = 0; i < 5; i++)
        {
            try
            {
                if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
                break;
            }
            catch (IOException) { Thread.Sleep(200); }
            catch (UnauthorizedAccessException) { Thread.Sleep(200); }
        }
        try
        {
            if (Directory.Exists(Parent) && !Directory.EnumerateFileSystemEntries(Parent).Any()) Directory.Delete(Parent);
        }
        catch (IOException) { }
    }

    public static void SweepStale()
    {
        if (!Directory.Exists(Parent)) return;
        foreach (var dir in Directory.GetDirectories(Parent))
        {
            var name = System.IO.Path.GetFileName(dir);
            var dash = name.IndexOf('-');
            if (dash <= 0 || !int.TryParse(name[..dash], out var pid)) continue;
            if (pid != Environment.ProcessId && Directory.Exists($"/proc/{pid}")) continue;
            if (pid == Environment.ProcessId) continue;
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
