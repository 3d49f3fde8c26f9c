using System.Text.RegularExpressions;

namespace KeepProxy.Proxyd.Tests;

// Shape of `haproxy -v` / `haproxy -vv` (2.6.12): "HAProxy version 2.6.12-1+deb12u4 2026/10/17 - https://haproxy.org/",
// "Status: …", "Running on: Linux …"; -vv adds "Build options :", "Feature list : …", "Available polling systems :".
public class BannerTests
{
    private static string[] Lines(bool verbose)
    {
        var o = new StringWriter();
        Banner.Write(o, verbose);
        return o.ToString().Split('\n');
    }

    [Fact]
    public void Write_Short_VersionStatusRunningOn()
    {
        var lines = Lines(false);
        Assert.Matches(new Regex(@"^HAProxy version 2\.6\.12-keepproxy-\S+ \d{4}/\d{2}/\d{2} - "), lines[0]);
        Assert.StartsWith("Status: ", lines[1]);
        // haproxy: "Running on: Linux 6.18.44-fc-v769 #1 SMP PREEMPT_DYNAMIC @0 x86_64" (uname), not the distribution.
        Assert.Matches(new Regex(@"^Running on: Linux \S+ #.* (x86_64|aarch64)$"), lines[2]);
        Assert.DoesNotContain(lines, l => l.StartsWith("Build options", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Verbose_HasHaproxySections()
    {
        var lines = Lines(true);
        Assert.StartsWith("HAProxy version ", lines[0]);
        Assert.Contains("Build options :", lines);
        Assert.Contains(lines, l => l.StartsWith("Feature list : ", StringComparison.Ordinal));
        Assert.Contains("Available polling systems :", lines);
        Assert.True(Array.IndexOf(lines, "Build options :") < Array.FindIndex(lines, l => l.StartsWith("Feature list", StringComparison.Ordinal)));
    }
}
