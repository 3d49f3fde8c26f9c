using KeepProxy.Cli.Check;

namespace KeepProxy.Cli.Tests.Check;

public sealed class CheckCommandTests
{
    private static (int Exit, string Out, string Err) Run(CheckSettings settings)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CheckCommand.Run(settings, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Run_ValidHAProxyConfig_PrintsVerdictAndExitsZero()
    {
        (int exit, string output, _) = Run(new CheckSettings([RepoPaths.Seeds("000-keepalived-haproxy-nginx/svr1/haproxy.cfg")]));
        Assert.Equal(0, exit);
        Assert.Contains("haproxy.cfg: haproxy -c: valid", output);
        Assert.EndsWith("All configurations are valid." + Environment.NewLine, output);
    }

    [Fact]
    public void Run_InvalidConfig_ShowsTheReferenceMessageAndExitsOne()
    {
        string dir = Directory.CreateTempSubdirectory("kp-check").FullName;
        try
        {
            string cfg = Path.Combine(dir, "haproxy.cfg");
            File.WriteAllText(cfg, "frontend fe\n    frobnicate 1\n");
            (int exit, string output, _) = Run(new CheckSettings([cfg]));
            Assert.Equal(1, exit);
            Assert.Contains("INVALID (haproxy -c exit 1)", output);
            Assert.Contains("unknown keyword 'frobnicate' in 'frontend' section", output);
            Assert.Contains("Some configurations are INVALID.", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Run_MissingKeepalivedConfig_IsValidLikeKeepalived()
    {
        // keepalived -t prints "Config files missing '…'." and exits 0 for a missing file; keepproxy reports the same.
        (int exit, string output, _) = Run(new CheckSettings([], "/nonexistent/keepalived.conf", RepoPaths.Seeds("000-keepalived-haproxy-nginx/svr1/haproxy.cfg")));
        Assert.Equal(0, exit);
        Assert.Contains("Config files missing '/nonexistent/keepalived.conf'.", output);
    }

    [Fact]
    public void Run_Article000Pair_ReportsClusterFindings()
    {
        (_, string output, _) = Run(new CheckSettings([
            RepoPaths.Seeds("000-keepalived-haproxy-nginx/svr1"),
            RepoPaths.Seeds("000-keepalived-haproxy-nginx/svr2"),
        ]));
        Assert.Contains("== cluster (svr1, svr2): 2 finding(s)", output);
        Assert.Contains("WARNING [nopreempt-master]", output);
        Assert.Contains("WARNING [script-weight]", output);
    }

    [Fact]
    public void Run_Strict_MakesClusterFindingsFail()
    {
        // The article 001 pair, with the backup's advert_int changed: each file is valid, the pair is not.
        string root = Directory.CreateTempSubdirectory("kp-strict").FullName;
        try
        {
            string master = Directory.CreateDirectory(Path.Combine(root, "master")).FullName;
            string backup = Directory.CreateDirectory(Path.Combine(root, "backup")).FullName;
            File.Copy(RepoPaths.Seeds("001-keepalived-nginx/plain/master/keepalived.conf"), Path.Combine(master, "keepalived.conf"));
            string text = File.ReadAllText(RepoPaths.Seeds("001-keepalived-nginx/plain/backup/keepalived.conf"));
            Assert.Contains("advert_int 1", text);
            File.WriteAllText(Path.Combine(backup, "keepalived.conf"), text.Replace("advert_int 1", "advert_int 2"));

            (int lenient, string output, _) = Run(new CheckSettings([master, backup]));
            (int strict, _, _) = Run(new CheckSettings([master, backup], Strict: true));

            Assert.Contains("WARNING [advert-mismatch]", output);
            Assert.Equal(0, lenient);
            Assert.Equal(1, strict);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Run_Quiet_PrintsNothingForValidFiles()
    {
        (int exit, string output, _) = Run(new CheckSettings([RepoPaths.Seeds("000-keepalived-haproxy-nginx/svr1/haproxy.cfg")], Quiet: true));
        Assert.Equal(0, exit);
        Assert.Equal("", output);
    }
}
