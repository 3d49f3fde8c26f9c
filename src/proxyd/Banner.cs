using KeepProxy.Config.HAProxy;

namespace KeepProxy.Proxyd;

/// <summary><c>-v</c> / <c>-vv</c> output in haproxy's shape (so scripts grepping "version" or "Feature list" work).</summary>
public static class Banner
{
    public static void Write(TextWriter o, bool verbose)
    {
        o.WriteLine($"HAProxy version {HAProxyCompat.VersionString} {HAProxyCompat.ReleaseDate} - KeepProxy {HAProxyCompat.KeepProxyVersion}, a reimplementation of haproxy {HAProxyCompat.EmulatedVersion}");
        o.WriteLine("Status: KeepProxy; configuration language and messages of haproxy 2.6.");
        o.WriteLine($"Running on: {RunningOn()}");
        if (!verbose)
        {
            return;
        }

        o.WriteLine("Build options :");
        o.WriteLine("  TARGET  = linux-glibc");
        o.WriteLine($"  RUNTIME = .NET {Environment.Version}");
        o.WriteLine();
        o.WriteLine("Feature list : " + string.Join(' ', HAProxyCompat.Features));
        o.WriteLine();
        o.WriteLine("Default settings :");
        o.WriteLine("  bufsize = 16384, maxrewrite = 1024, maxpollevents = 200");
        o.WriteLine();
        o.WriteLine("Built with multi-threading support (MAX_THREADS=64, default=2).");
        o.WriteLine($"Running on {HAProxyCompat.SslLibraryName} version : {HAProxyCompat.SslLibraryName} {HAProxyCompat.SslLibraryVersion}");
        o.WriteLine();
        o.WriteLine("Available polling systems :");
        o.WriteLine("      epoll : pref=300,  test result OK");
        o.WriteLine("Total: 1 (1 usable), will use epoll.");
        o.WriteLine();
    }

    /// <summary>haproxy prints uname(2)'s sysname, release, version and machine ("Linux 6.1.0 #1 SMP … x86_64").</summary>
    private static string RunningOn()
    {
        string machine = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x86_64",
            System.Runtime.InteropServices.Architecture.Arm64 => "aarch64",
            System.Runtime.InteropServices.Architecture.X86 => "i686",
            var other => other.ToString().ToLowerInvariant(),
        };
        return $"{Kernel("ostype", "Linux")} {Kernel("osrelease", "")} {Kernel("version", "")} {machine}";
    }

    private static string Kernel(string name, string fallback)
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/" + name).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return fallback;
        }
    }
}
