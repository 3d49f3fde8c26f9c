using KeepProxy.Config.HAProxy;

namespace KeepProxy.Proxyd;

/// <summary><c>-v</c> / <c>-vv</c> output in haproxy's shape (so scripts grepping "version" or "Feature list" work).</summary>
public static class Banner
{
    public static void Write(TextWriter o, bool verbose)
    {
        o.WriteLine($"HAProxy version {HAProxyCompat.VersionString} {HAProxyCompat.ReleaseDate} - KeepProxy {HAProxyCompat.KeepProxyVersion}, a reimplementation of haproxy {HAProxyCompat.EmulatedVersion}");
        o.WriteLine("Status: KeepProxy; configuration language and messages of haproxy 2.6.");
        o.WriteLine($"Running on: {System.Runtime.InteropServices.RuntimeInformation.OSDescription} {System.Runtime.InteropServices.RuntimeInformation.OSArchitecture}".ToLowerInvariant().Replace("linux", "Linux", StringComparison.Ordinal));
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
}
