using System.Diagnostics;

namespace KeepProxy.Proxyd.Tests;

// Runs the built proxyd (dotnet proxyd.dll) like an admin would. Reference behaviour measured with haproxy 2.6.12:
//   haproxy -q -c -f ok.cfg   -> no output, exit 0        haproxy -q -c -f bad.cfg -> no output, exit 1
//   haproxy -c -f /nonexistent.cfg -> "Cannot open configuration file/directory …", exit 1
//   haproxy -c (no file)     -> usage on stderr, exit 1
public class ProgramTests
{
    private const string Ok = "defaults\n    mode http\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\nfrontend fe\n    bind 127.0.0.1:8080\n    default_backend be\nbackend be\n    server s1 127.0.0.1:8081\n";

    private static (int Code, string Out, string Err) Proxyd(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "proxyd.dll"));
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string o = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, o, err.Result);
    }

    private static string Dir(params (string Name, string Text)[] files)
    {
        string dir = Path.Combine(Path.GetTempPath(), "kp-proxyd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        return dir;
    }

    [Fact]
    public void Main_ValidConfig_Exit0AndValidLine()
    {
        string d = Dir(("ok.cfg", Ok));
        var (code, o, _) = Proxyd("-c", "-f", Path.Combine(d, "ok.cfg"));
        Assert.Equal(0, code);
        Assert.Equal("Configuration file is valid\n", o);
    }

    [Fact]
    public void Main_QuietValid_NoOutputExit0()
    {
        string d = Dir(("ok.cfg", Ok));
        var (code, o, e) = Proxyd("-q", "-c", "-f", Path.Combine(d, "ok.cfg"));
        Assert.Equal(0, code);
        Assert.Equal("", o);
        Assert.Equal("", e);
    }

    [Fact]
    public void Main_QuietInvalid_NoOutputExit1()
    {
        string d = Dir(("bad.cfg", "frontend fe\n    bind 127.0.0.1:8080\n    frob\n"));
        var (code, o, e) = Proxyd("-q", "-c", "-f", Path.Combine(d, "bad.cfg"));
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.Equal("", e);
    }

    [Fact]
    public void Main_MissingFile_CannotOpenExit1()
    {
        var (code, _, e) = Proxyd("-c", "-f", "/nonexistent/keepproxy.cfg");
        Assert.Equal(1, code);
        Assert.Contains(" : config : Cannot open configuration file/directory /nonexistent/keepproxy.cfg : No such file or directory\n", e);
    }

    [Fact]
    public void Main_NoFile_UsageExit1()
    {
        var (code, _, e) = Proxyd("-c");
        Assert.Equal(1, code);
        Assert.StartsWith("Usage : proxyd [-f <cfgfile|cfgdir>]*", e);
    }

    [Fact]
    public void Main_SoftStopPids_StillChecksTheFile()
    {
        string d = Dir(("ok.cfg", Ok));
        var (code, o, _) = Proxyd("-c", "-f", Path.Combine(d, "ok.cfg"), "-sf", "1", "2", "3");
        Assert.Equal(0, code);
        Assert.Equal("Configuration file is valid\n", o);
    }

    [Fact]
    public void Main_DirectoryAndDoubleDash_FilesReadInOrder()
    {
        // -f DIR reads its *.cfg files in name order, skipping hidden ones and other extensions
        // (cfgfiles_expand_directories()); the .notice lines show the order.
        string d = Dir(("b.cfg", ".notice \"b\"\n"), ("a.cfg", ".notice \"a\"\n"), (".h.cfg", ".notice \"hidden\"\n"), ("c.txt", ".notice \"txt\"\n"));
        string last = Dir(("z.cfg", ".notice \"z\"\n" + Ok));
        var (_, _, e) = Proxyd("-c", "-f", d, "--", Path.Combine(last, "z.cfg"));
        int ia = e.IndexOf(": 'a'.\n", StringComparison.Ordinal), ib = e.IndexOf(": 'b'.\n", StringComparison.Ordinal), iz = e.IndexOf(": 'z'.\n", StringComparison.Ordinal);
        Assert.True(ia >= 0 && ia < ib && ib < iz, e);
        Assert.DoesNotContain("hidden", e);
        Assert.DoesNotContain("txt", e);
    }

    [Fact]
    public void Main_Version_Exit0Banner()
    {
        var (code, o, _) = Proxyd("-v");
        Assert.Equal(0, code);
        Assert.StartsWith("HAProxy version ", o);
    }
}
