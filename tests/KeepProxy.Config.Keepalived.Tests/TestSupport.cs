using KeepProxy.Config.Keepalived;

namespace KeepProxy.Config.Keepalived.Tests;

/// <summary>Runs the check with a fixed world: given interfaces, no keepalived_script user, scripts exist unless under /nonexistent.</summary>
internal static class TestSupport
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static KeepalivedLoadOptions Options(params string[] interfaces) => new(
        Interfaces: new HashSet<string>(interfaces) { "lo" },
        ConfigId: "testhost",
        UserExists: static u => u == "root",
        ScriptExecutable: static s => !s.Contains("/nonexistent/") && !s.Contains("/etc/keepalived/"),
        Suggestions: false,
        HostResolves: static h => h == "localhost");

    /// <summary>Renders like keepalived -t run from the TestData directory with the file given by its bare name.</summary>
    public static (string Stderr, int Exit) Check(string name, params string[] interfaces)
    {
        string saved = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(Path.Combine(AppContext.BaseDirectory, "TestData"));
            KeepalivedLoadResult r = KeepalivedConfigLoader.Load(name, Options(interfaces));
            return (string.Join("\n", r.Messages.Select(static m => m.Render())), r.ExitCode);
        }
        finally
        {
            Directory.SetCurrentDirectory(saved);
        }
    }

    public static KeepalivedLoadResult Text(string text, params string[] interfaces) =>
        KeepalivedConfigLoader.LoadText("t.conf", text, Options(interfaces));
}
