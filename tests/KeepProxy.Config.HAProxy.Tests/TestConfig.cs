namespace KeepProxy.Config.HAProxy.Tests;

/// <summary>Writes a config to a temp dir and runs the check in-process with a fixed PID.</summary>
internal static class TestConfig
{
    public static (int Code, string Out, string Err) Check(string text, string name = "t.cfg", bool warningsFatal = false, bool quiet = false)
    {
        string dir = Path.Combine(Path.GetTempPath(), "kp-hap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        var o = new StringWriter();
        var e = new StringWriter();
        string cwd = Environment.CurrentDirectory;
        int code = HAProxyConfigCheck.Run(new HAProxyCheckOptions([path], quiet, warningsFatal, new Dictionary<string, string>(), 42), o, e);
        return (code, o.ToString(), e.ToString().Replace(path, name));
    }

    public static HAProxyLoadResult Load(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), "kp-hap-" + Guid.NewGuid().ToString("N") + ".cfg");
        File.WriteAllText(path, text);
        return HAProxyConfigLoader.Load([path], new HAProxyLoadOptions(new Dictionary<string, string> { ["HOME"] = "/root" }));
    }

    public const string Timeouts = "defaults\n    mode http\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\n";
}
