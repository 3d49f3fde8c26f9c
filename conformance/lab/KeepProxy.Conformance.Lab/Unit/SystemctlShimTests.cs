using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Processes;

namespace KeepProxy.Conformance.Lab.Unit;

public sealed class SystemctlShimTests
{
    [Fact]
    public void Generate_EveryArticleUnit_IsHandled()
    {
        var shim = SystemctlShim.Generate();
        foreach (var unit in new[] { "keepalived", "haproxy", "nginx", "httpd" })
            Assert.Contains($"    {unit}) proc=", shim);
        foreach (var verb in new[] { "start", "stop", "restart", "reload", "status", "is-active", "enable" })
            Assert.Contains(verb, shim);
    }

    [Fact]
    public void Generate_Keepalived_RunsLikeTheDebianUnit()
    {
        var shim = SystemctlShim.Generate();
        Assert.Contains("/usr/sbin/keepalived --dont-fork", shim);
        Assert.Contains("$DAEMON_ARGS", shim);
        Assert.Contains("/etc/default/keepalived", shim);
        Assert.Contains("-p /run/keepalived.pid", shim);
    }

    [Fact]
    public void Generate_Haproxy_LoadsLabOverridesOnlyWhenPresent()
    {
        var shim = SystemctlShim.Generate();
        Assert.Contains("lab_overrides() { [ -f /etc/haproxy/lab-overrides.cfg ]", shim);
        Assert.Contains("-sf $(cat /run/haproxy.pid)", shim);
    }

    [Fact]
    public async Task Generate_Script_IsValidBash()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, SystemctlShim.Generate());
            var r = await LabProcess.RunAsync("bash", ["-n", file], TimeSpan.FromSeconds(10));
            Assert.True(r.Ok, r.Combined);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task Shim_UnknownUnit_SaysNotFoundLikeSystemctl()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, SystemctlShim.Generate());
            var r = await LabProcess.RunAsync("bash", [file, "stop", "postfix"], TimeSpan.FromSeconds(10));
            Assert.Equal(5, r.ExitCode);
            Assert.Contains("Unit postfix.service not found.", r.StdErr);
        }
        finally { File.Delete(file); }
    }
}
