namespace KeepProxy.Config.Keepalived.Tests.Parsing;

/// <summary>
/// Checks added to reach full agreement with the differential records; strings measured on keepalived 2.2.7 with
/// <c>unshare --net sh -c 'ip link add eth0 type veth peer name kpp0; keepalived -t -f X.conf'</c> (the cases of
/// conformance/config-check/cases/keepalived named in each test).
/// </summary>
public sealed class ReferenceMessageTests
{
    private static string[] Lines(KeepalivedLoadResult r) => r.Messages.Select(static m => m.Render()).ToArray();

    private static KeepalivedLoadResult RealServer(string body) => TestSupport.Text($$"""
        virtual_server 192.168.70.10 80 {
            lb_algo rr
            lb_kind NAT
            protocol TCP
            real_server 192.168.70.11 80 {
                {{body}}
            }
        }
        """, "eth0");

    // http-get-bad-digest.conf
    [Fact]
    public void HttpGet_DigestNot32Characters_ReportsLength()
    {
        KeepalivedLoadResult r = RealServer("HTTP_GET {\nurl {\npath /\ndigest xyz\n}\n}");
        Assert.Equal(["(t.conf: Line 9) digest 'xyz' character length should be 32 rather than 3"], Lines(r));
        Assert.Equal(5, r.ExitCode);
    }

    // http-get-bad-status.conf
    [Fact]
    public void HttpGet_StatusCodeOutside100To599_Reported()
    {
        KeepalivedLoadResult r = RealServer("HTTP_GET {\nurl {\npath /\nstatus_code 200-299 999\n}\n}");
        Assert.Equal(["(t.conf: Line 9) Invalid HTTP_GET status code '999'"], Lines(r));
    }

    // http-get-url-no-path.conf: keepalived then segfaults; KeepProxy exits 5 (improvements.tsv).
    [Fact]
    public void HttpGet_UrlWithoutPath_UrlAndCheckerDropped()
    {
        KeepalivedLoadResult r = RealServer("HTTP_GET {\nurl {\ndigest 0123456789abcdef0123456789abcdef\n}\n}");
        Assert.Equal(
        [
            "(t.conf: Line 9) HTTP/SSL_GET checker url has no path - ignoring",
            "(t.conf: Line 10) HTTP/SSL_GET checker has no urls specified - ignoring",
        ], Lines(r));
        Assert.Equal(5, r.ExitCode);
        Assert.Empty(r.Config.VirtualServers[0].RealServers[0].Checks);
    }

    // misc-check-no-path.conf
    [Fact]
    public void MiscCheck_NoMiscPath_SkippedAtClosingBrace()
    {
        KeepalivedLoadResult r = RealServer("MISC_CHECK {\nmisc_timeout 5\n}");
        Assert.Equal(["(t.conf: Line 8) No script path has been specified for MISC_CHECKER - skipping"], Lines(r));
    }

    // tcp-check-bad-timeout.conf / tcp-check-bind-to-bad.conf
    [Fact]
    public void TcpCheck_BadConnectTimeoutAndBindto_ReportedAndIgnored()
    {
        KeepalivedLoadResult r = RealServer("TCP_CHECK {\nconnect_timeout abc\nbindto 999.1.1.1\n}");
        Assert.Equal(
        [
            "(t.conf: Line 7) invalid number 'abc'",
            "(t.conf: Line 7) connect_timeout abc invalid - ignoring",
            "(t.conf: Line 8) Invalid bindto address 999.1.1.1 - ignoring",
        ], Lines(r));
    }

    // global-defs-full.conf, global-defs-script-user-missing.conf
    [Fact]
    public void GlobalDefs_ZeroGarpIntervalAndUnknownScriptUser_Reported()
    {
        KeepalivedLoadResult r = TestSupport.Text("global_defs {\nvrrp_garp_interval 0\nscript_user no_such_user_keepproxy\nvrrp_garp_master_repeat 0\n}\n");
        Assert.Equal(
        [
            "(Line 2) number '0' outside range [0.000001, 4294.967295]",
            "(Line 2) vrrp_garp_interval '0' is invalid",
            "(Line 3) Error setting global script uid/gid",
            "(Line 4) vrrp_garp_master_repeat must be greater than 0, setting to 1",
        ], Lines(r));
    }

    private static KeepalivedLoadResult Instance(string body) => TestSupport.Text($$"""
        vrrp_script chk {
            script /bin/true
        }
        vrrp_instance VI_1 {
            interface eth0
            virtual_router_id 51
            virtual_ipaddress {
                192.168.50.10/24
            }
            {{body}}
        }
        """, "eth0");

    // garp-delay-bad.conf, lvs-sync-daemon.conf
    [Fact]
    public void Instance_BadGarpDelayAndLvsSyncDaemonInterface_Reported()
    {
        KeepalivedLoadResult r = Instance("garp_master_delay abc\nlvs_sync_daemon_interface eth0");
        Assert.Equal(
        [
            "(t.conf: Line 10) invalid number 'abc'",
            "(t.conf: Line 10) (VI_1): garp_master_delay 'abc' invalid - ignoring",
            "(t.conf: Line 11) (VI_1) Specifying lvs_sync_daemon_interface against a vrrp is deprecated.",
            "(t.conf: Line 11)         Please use global lvs_sync_daemon",
        ], Lines(r).Where(static l => !l.StartsWith("SECURITY", StringComparison.Ordinal)));
    }

    // vip-ipv4-ipv6-mix.conf, unicast-peer-ipv6-mix.conf, vip-unknown-option.conf
    [Fact]
    public void Instance_MixedFamiliesAndUnknownVipOption_Reported()
    {
        KeepalivedLoadResult r = Instance("virtual_ipaddress {\n2001:db8::10/64\n192.168.50.11 frobnicate\n}\nunicast_peer {\nfe80::1\n}");
        string[] lines = Lines(r);
        Assert.Contains("(t.conf: Line 11) (VI_1): address family must match VRRP instance [2001:db8::10/64] - ignoring", lines);
        Assert.Contains("(t.conf: Line 12) Unknown configuration entry 'frobnicate' for ip address - ignoring", lines);
        Assert.Contains("(t.conf: Line 15) Configuration error: VRRP instance[VI_1] and unicast peer address[fe80::1] MUST be of the same family !!! Skipping...", lines);
    }

    // script-track-weight-bad.conf
    [Fact]
    public void TrackScript_WeightOutsideRange_Ignored()
    {
        KeepalivedLoadResult r = Instance("track_script {\nchk weight 999\n}");
        string[] lines = Lines(r);
        Assert.Contains("(t.conf: Line 11) number '999' outside range [-254, 254]", lines);
        Assert.Contains("(t.conf: Line 11) (VI_1) track script chk: weight must be between [-253..253] inclusive, ignoring...", lines);
    }

    // script-user-missing.conf
    [Fact]
    public void VrrpScript_UnknownUser_ScriptRemovedAndTrackReferenceNotFound()
    {
        KeepalivedLoadResult r = TestSupport.Text("""
            vrrp_script chk {
                script /bin/true
                user no_such_user_keepproxy
            }
            vrrp_instance VI_1 {
                interface eth0
                virtual_router_id 51
                virtual_ipaddress {
                    192.168.50.51
                }
                track_script {
                    chk
                }
            }
            """, "eth0");
        Assert.Equal(
        [
            "(t.conf: Line 3) Unable to set uid/gid for script '/bin/true'",
            "(t.conf: Line 12) (VI_1) track script chk not found, ignoring...",
        ], Lines(r));
        Assert.Equal(5, r.ExitCode);
    }

    // mut-003-backup-keepalived-01.conf: a vrrp_script and no vrrp_instance is no script security violation.
    [Fact]
    public void VrrpCompletion_ScriptWithoutInstance_NoSecurityViolation()
    {
        KeepalivedLoadResult r = TestSupport.Text("vrrp_script chk {\nscript /bin/true\n}\n");
        Assert.Empty(Lines(r));
        Assert.Equal(0, r.ExitCode);
    }

    // static-ipaddress.conf, virtual-routes-bad.conf, mut-004-static-keepalived-02.conf
    [Fact]
    public void StaticRoutes_BadPrefixNoDevAndBadDestination_Reported()
    {
        KeepalivedLoadResult r = TestSupport.Text("static_routes {\n10.30.0.0/33 via 192.168.60.254\n1.2.3 via 10.0.0.1 dev eth0\n}\n", "eth0");
        Assert.Equal(
        [
            "(t.conf: Line 2) number '33' outside range [0, 32]",
            "(t.conf: Line 2) Invalid address prefix len 33 for address 10.30.0.0/33 - using 32",
            "(t.conf: Line 2) Warning - cannot track route 10.30.0.0/33 with no interface specified, not tracking",
            "(t.conf: Line 3) VRRP parsed invalid IP 1.2.3. skipping IP...",
            "(t.conf: Line 3) unknown route keyword 1.2.3",
        ], Lines(r));
    }

    // static-rules.conf
    [Fact]
    public void StaticRules_NoPreferenceAndUnknownOption_Reported()
    {
        KeepalivedLoadResult r = TestSupport.Text("static_rules {\nfrom 192.168.60.0/24 table 100\nfrobnicate\n}\n");
        Assert.Equal(
        [
            "(t.conf: Line 2) Rule has no preference specified - setting to 16384. This is probably not what you want.",
            "(t.conf: Line 3) Unknown rule option frobnicate",
        ], Lines(r));
    }
}
