namespace KeepProxy.Config.Keepalived.Tests;

/// <summary>
/// Exact -t output, measured on keepalived 2.2.7 with
/// <c>unshare --net sh -c 'ip link add eth0 type veth peer name peth0; ip link add ens33 type veth peer name pens33; keepalived -t -f X.conf'</c>
/// (run from the TestData directory). Tests are serialised because they change the current directory.
/// </summary>
[Collection("cwd")]
public sealed class KeepalivedConfigCheckTests
{
    [Fact]
    public void Check_ArticleSvr1_DisablesMissingScriptAndClearsNopreempt()
    {
        var (err, exit) = TestSupport.Check("000-svr1.conf", "eth0", "ens33");
        Assert.Equal("Disabling track script check_nginx since not found/accessible\n(VI_1) Warning - nopreempt will not work with initial state MASTER - clearing", err);
        Assert.Equal(5, exit);
    }

    [Fact]
    public void Check_ArticleSvr2_DisablesMissingScriptOnly()
    {
        var (err, exit) = TestSupport.Check("000-svr2.conf", "eth0", "ens33");
        Assert.Equal("Disabling track script check_nginx since not found/accessible", err);
        Assert.Equal(5, exit);
    }

    [Fact]
    public void Check_ArticleSvr1WithoutInterface_ReportsNonExistentInterface()
    {
        var (err, exit) = TestSupport.Check("000-svr1.conf");
        Assert.Equal("(000-svr1.conf: Line 16) WARNING - interface ens33 for vrrp_instance VI_1 doesn't exist\nNon-existent interface specified in configuration", err);
        Assert.Equal(5, exit);
    }

    [Fact]
    public void Check_Article002LowercasePass_UnknownAuthenticationType()
    {
        var (err, exit) = TestSupport.Check("002-web1.conf", "eth0");
        Assert.Equal("(002-web1.conf: Line 33) (VI_1) unknown authentication type 'pass'", err);
        Assert.Equal(5, exit);
    }

    [Fact]
    public void Check_Article003ScriptWithoutSecurity_Exit6()
    {
        var (err, exit) = TestSupport.Check("003-master.conf", "eth0");
        Assert.Equal("SECURITY VIOLATION - scripts are being executed but script_security not enabled.", err);
        Assert.Equal(6, exit);
    }

    [Fact]
    public void Check_MissingClosingBrace_ReportedOncePerProcess()
    {
        // The truncated copy of article 001's master config this test used to read from a file.
        KeepalivedLoadResult r = TestSupport.Text("""
            global_defs {
                  router_id keepalive-master
            }
            vrrp_instance VI-Nginx-master {
                  state MASTER
                  interface ens33
                  virtual_router_id 68
                  priority 100
                  dont_track_primary
                  advert_int 1
                  virtual_ipaddress {
                    192.168.8.88
                  }
            """, "ens33");
        Assert.Equal(Enumerable.Repeat("There are 1 missing '}'s or extra '{'s", 4), r.Messages.Select(static m => m.Render()));
        Assert.Equal(5, r.ExitCode);
    }

    // The complete article config (configs/seeds/001-keepalived-nginx/plain/master). Measured:
    //   unshare --net keepalived -t -f keepalived.conf   → "(keepalived.conf: Line 11) WARNING - interface ens33 for
    //   vrrp_instance VI-Nginx-master doesn't exist", "Non-existent interface specified in configuration", exit 5;
    //   with ens33 present: silent, exit 0.
    [Fact]
    public void Check_Article001MasterWithoutInterface_ReportsNonExistentInterface()
    {
        var (err, exit) = TestSupport.Check("001-master.conf");
        Assert.Equal("(001-master.conf: Line 11) WARNING - interface ens33 for vrrp_instance VI-Nginx-master doesn't exist\n" +
                     "Non-existent interface specified in configuration", err);
        Assert.Equal(5, exit);
    }

    [Fact]
    public void Check_Article001MasterWithInterface_IsValid()
    {
        var (err, exit) = TestSupport.Check("001-master.conf", "ens33");
        Assert.Equal("", err);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Check_NonBreakingSpaces_AreNotWhitespace()
    {
        var (err, exit) = TestSupport.Check("004-sync.conf", "eth0");
        string[] lines = err.Split('\n');
        Assert.Equal("(Line 1) Unknown keyword 'vrrp_sync_group\u00a0VG1\u00a0'", lines[0]);
        Assert.Equal("(004-sync.conf: Line 1) Unknown keyword 'vrrp_sync_group\u00a0VG1\u00a0'", lines[36]);
        Assert.Equal(144, lines.Length);
        Assert.Equal(5, exit);
    }

    [Fact]
    public void Check_ManyErrors_ParentLinesHaveNoFileName()
    {
        var (err, exit) = TestSupport.Check("k.conf", "eth0", "ens33");
        Assert.Equal("""
            (Line 3) Unknown keyword 'bogus_kw'
            (k.conf: Line 8) number '300' outside range [1, 255]
            (k.conf: Line 8) (VI_1): VRID '300' not valid - must be between 1 & 255
            (k.conf: Line 14) Truncating auth_pass to 8 characters
            (k.conf: Line 20) (VI_1) track script check_nginx not found, ignoring...
            (k.conf: Line 22) Unknown keyword 'bogus2'
            (VI_1) the virtual router id must be set
            """.ReplaceLineEndings("\n"), err);
        Assert.Equal(5, exit);
    }

    [Fact]
    public void Check_PassesPerProcess_TopLevelUnknownFourTimesAndLoopback()
    {
        var (err, exit) = TestSupport.Check("a.conf", "eth0");
        Assert.Equal("""
            (Line 3) invalid number 'abc'
            (Line 3) smtp_connect_timeout 'abc' must be in [0, 4294] - ignoring
            (Line 5) Unknown keyword 'top_bogus'
            (a.conf: Line 5) Unknown keyword 'top_bogus'
            (a.conf: Line 11) Unknown keyword 'vs_bogus'
            (a.conf: Line 16) Unknown keyword 'nb_get_retry'
            (a.conf: Line 5) Unknown keyword 'top_bogus'
            (a.conf: Line 23) (VI_1) cannot use a loopback interface (lo) for vrrp - ignoring
            (a.conf: Line 26) Unknown keyword 'vi_bogus'
            (VI_1) Unknown interface!
            (a.conf: Line 5) Unknown keyword 'top_bogus'
            """.ReplaceLineEndings("\n"), err);
        Assert.Equal(5, exit);
    }

    [Fact]
    public void Check_BadAddressesPriorityAdvertAndDuplicateVrid_ExactLines()
    {
        var (err, exit) = TestSupport.Check("t1.conf", "eth0");
        Assert.Equal("""
            (t1.conf: Line 17) VRRP parsed invalid IP 300.1.1.1. skipping IP...
            (t1.conf: Line 18) number '40' outside range [0, 32]
            (t1.conf: Line 18) Invalid address prefix len 40 for address 10.0.0.5/40 - using 32
            (t1.conf: Line 25) number '0' outside range [1, 255]
            (t1.conf: Line 25) (VI_2) Priority not valid! must be between 1 & 255. Using default 100
            (t1.conf: Line 26) number '0' outside range [0.010000, 255.000000]
            (t1.conf: Line 26) (VI_2) Advert interval (0) not valid! Must be > 0 - ignoring
            SECURITY VIOLATION - scripts are being executed but script_security not enabled.
            VI_1 and VI_2 both use VRID 51 with IPv4 on interface eth0
            """.ReplaceLineEndings("\n"), err);
        Assert.Equal(6, exit);
    }

    [Theory]
    [InlineData("n1.conf", "(VI_1) Warning - nopreempt will not work with initial state MASTER - clearing", 5)]
    [InlineData("n2.conf", "(n2.conf: Line 7) (VI_1) track script nope not found, ignoring...", 5)]
    [InlineData("n5.conf", "(Line 10) Extra '}' found\n(Line 10) Unknown keyword '}'\n(n5.conf: Line 10) Extra '}' found\n(n5.conf: Line 10) Unknown keyword '}'\n(n5.conf: Line 10) Extra '}' found\n(n5.conf: Line 10) Unknown keyword '}'\n(n5.conf: Line 10) Extra '}' found\n(n5.conf: Line 10) Unknown keyword '}'", 5)]
    [InlineData("n6.conf", "There are 1 missing '}'s or extra '{'s\nThere are 1 missing '}'s or extra '{'s\nThere are 1 missing '}'s or extra '{'s\nThere are 1 missing '}'s or extra '{'s", 5)]
    [InlineData("m2.conf", "(m2.conf: Line 25) nb_get_retry is deprecated - please use 'retry'", 5)]
    public void Check_SingleIssue_ExactLineAndExit(string file, string expected, int exitCode)
    {
        var (err, exit) = TestSupport.Check(file, "eth0");
        Assert.Equal(expected, err);
        Assert.Equal(exitCode, exit);
    }

    [Fact]
    public void Check_ScriptSecurityWithoutScriptUser_RemovesScript()
    {
        // v2.conf with enable_script_security and script_user root is valid (exit 0, silent).
        var (err, exit) = TestSupport.Check("v2.conf", "eth0");
        Assert.Equal("", err);
        Assert.Equal(0, exit);

        var r = TestSupport.Text(File.ReadAllText(TestSupport.Data("v2.conf")).Replace("  script_user root\n", ""), "eth0");
        Assert.Equal(new[]
        {
            "(t.conf: Line 7) Unable to set default user keepalived_script for script",
            "(t.conf: Line 7) Unable to set default user for vrrp script chk - removing",
            "(t.conf: Line 14) (VI_1) track script chk not found, ignoring...",
        }, r.Messages.Select(static m => m.Render()));
        Assert.Equal(5, r.ExitCode);
    }

    [Fact]
    public void Check_MalformedUnicastAddresses_SkippedWithKeepalivedWords()
    {
        var (err, exit) = TestSupport.Check("m1.conf", "eth0");
        Assert.Equal("""
            (m1.conf: Line 11) Configuration error: VRRP instance[VI_1] malformed src address[1.2.3]. Skipping...
            (m1.conf: Line 14) Configuration error: VRRP instance[VI_1] malformed unicast peer address[10.0.0.x]. Skipping...
            SECURITY VIOLATION - scripts are being executed but script_security not enabled.
            (VI_1) Unknown interface!
            """.ReplaceLineEndings("\n"), err);
        Assert.Equal(6, exit);
    }

    [Fact]
    public void Run_MissingFile_ConfigFilesMissingExit0()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = KeepalivedConfigCheck.Run(new KeepalivedCheckOptions("/nonexist.conf"), stdout, stderr);
        Assert.Equal(0, exit);
        Assert.Equal("Config files missing '/nonexist.conf'.\n", stderr.ToString().ReplaceLineEndings("\n"));
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void Check_MissingParameter_AbortsWithExit2()
    {
        var r = TestSupport.Text("vrrp_instance VI_1 {\n  priority\n}\n", "eth0");
        Assert.Equal("(t.conf: Line 2) *** Configuration line starting `priority` is missing a parameter after keyword `priority` at word position 2",
            Assert.Single(r.Messages).Render());
        Assert.Equal(2, r.ExitCode);
    }
}
