namespace KeepProxy.Config.Keepalived.Tests.Parsing;

/// <summary>
/// vrrp_complete_instance() / validate_check_config() and the value checks, with exact strings measured on keepalived
/// 2.2.7: <c>unshare --net sh -c 'ip link add eth0 type veth peer name kpp0; keepalived -t -f X.conf'</c>.
/// </summary>
public sealed class CompletionTests
{
    private static string[] Lines(KeepalivedLoadResult r) => r.Messages.Select(static m => m.Render()).ToArray();

    [Fact]
    public void VrrpCompletion_NoVipAuthWithoutPassUnicastWithoutPeersPreemptDelayMaster_ReportsEach()
    {
        KeepalivedLoadResult r = TestSupport.Text("""
            vrrp_instance VI_1 {
                state MASTER
                interface eth0
                virtual_router_id 51
                preempt_delay 10
                unicast_src_ip 10.0.0.1
                authentication {
                    auth_type PASS
                }
            }
            """, "eth0");
        Assert.Equal(
        [
            "(VI_1) No VIP specified; at least one is sensible",
            "(VI_1) Authentication specified but no password given. Ignoring",
            "(VI_1) A unicast keyword has been specified without any unicast peers. Defaulting to multicast. This usage is deprecated - please update your configuration.",
            "(VI_1) Warning - preempt delay will not work with initial state MASTER - clearing",
        ], Lines(r));
        Assert.Equal(5, r.ExitCode);
    }

    [Fact]
    public void VrrpCompletion_Version3WithAuthentication_IsIgnoredWithMessage()
    {
        KeepalivedLoadResult r = TestSupport.Text("""
            vrrp_instance VI_1 {
                interface eth0
                version 3
                virtual_router_id 51
                authentication {
                    auth_type PASS
                    auth_pass secret
                }
                virtual_ipaddress {
                    10.0.0.100
                }
            }
            """, "eth0");
        Assert.Contains("(VI_1) VRRP version 3 does not support authentication. Ignoring.", Lines(r));
        Assert.Equal(5, r.ExitCode);
    }

    [Fact]
    public void VrrpCompletion_FractionalAdvertIntV2_IsRounded()
    {
        KeepalivedLoadResult r = TestSupport.Text("""
            vrrp_instance VI_1 {
                interface eth0
                virtual_router_id 51
                advert_int 1.5
                virtual_ipaddress {
                    10.0.0.100
                }
            }
            """, "eth0");
        Assert.Equal(["(VI_1) VRRPv2 advertisement interval 1.500000s must be an integer. rounding"], Lines(r));
        Assert.Equal(2, r.Config.VrrpInstances[0].AdvertInt);
    }

    [Fact]
    public void ValueChecks_BadNumbersSmtpAndInterfaces_ReportKeepalivedsLines()
    {
        KeepalivedLoadResult r = TestSupport.Text("""
            global_defs {
                smtp_server smtp.abc.com
                smtp_connect_timeout -5
            }
            vrrp_script chk {
                script "/bin/true"
                interval 99999
                weight 300
                rise 0
            }
            vrrp_instance VI_1 {
                interface eth0
                virtual_router_id -3
                virtual_ipaddress {
                    10.0.0.100
                }
            }
            """, "eth0");
        string[] lines = Lines(r);
        Assert.Contains("(Line 2) Invalid smtp server smtp.abc.com 25", lines);
        Assert.Contains("(Line 3) negative number '-5'", lines);
        Assert.Contains("(Line 3) smtp_connect_timeout '-5' must be in [0, 4294] - ignoring", lines);
        Assert.Contains("(t.conf: Line 7) (chk): vrrp script interval '99999' must be between 1 and 4294 - ignoring", lines);
        Assert.Contains("(t.conf: Line 8) vrrp_script chk weight 300 must be in [-253, 253]", lines);
        Assert.Contains("(t.conf: Line 9) (chk): vrrp script rise value '0' invalid, defaulting to 1", lines);
        Assert.Contains("(t.conf: Line 13) negative number '-3'", lines);
        Assert.Contains("(t.conf: Line 13) (VI_1): VRID '-3' not valid - must be between 1 & 255", lines);
    }

    [Fact]
    public void SmtpServer_ResolvableName_IsAccepted()
    {
        KeepalivedLoadResult r = TestSupport.Text("global_defs {\n    smtp_server localhost 2525\n}\n");
        Assert.Empty(r.Messages);
        Assert.Equal(2525, r.Config.Global.SmtpServerPort);
    }

    [Fact]
    public void CheckCompletion_BadSchedulerDuplicateRsQuorumNoRs_ReportEach()
    {
        KeepalivedLoadResult r = TestSupport.Text("""
            virtual_server 10.0.0.10 80 {
                protocol TCP
                lb_algo frob
                lb_kind NAT
                quorum 5
                real_server 10.0.0.11 80 {
                    weight 2
                }
                real_server 10.0.0.11 80 {
                    weight 1
                }
            }
            virtual_server 10.0.0.20 81 {
                protocol TCP
            }
            """);
        Assert.Equal(
        [
            "(t.conf: Line 3) Invalid lvs_scheduler 'frob' - ignoring",
            "Virtual server [10.0.0.10]:tcp:80: no scheduler set, setting default 'wlc'",
            "VS [10.0.0.10]:tcp:80: real server [10.0.0.11]:tcp:80 is duplicated - removing second rs",
            "Warning - quorum 5 for [10.0.0.10]:tcp:80 exceeds total weight of real servers 2, reducing quorum to 2",
            "Virtual server [10.0.0.20]:tcp:81 has no real servers - ignoring",
        ], Lines(r));
        Assert.Equal(5, r.ExitCode);
    }
}
