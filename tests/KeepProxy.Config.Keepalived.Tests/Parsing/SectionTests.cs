namespace KeepProxy.Config.Keepalived.Tests.Parsing;

/// <summary>
/// vrrp_sync_group, static_ipaddress and virtual_server_group, measured on keepalived 2.2.7:
/// <c>unshare --net sh -c 'ip link add eth0 type veth peer name kpp0; keepalived -t -f X.conf'</c>.
/// </summary>
public sealed class SectionTests
{
    private static string[] Lines(KeepalivedLoadResult r) => r.Messages.Select(static m => m.Render()).ToArray();

    private const string TwoInstances = """
        vrrp_instance VI_1 {
            interface eth0
            virtual_router_id 51
            virtual_ipaddress {
                10.0.0.100
            }
        }
        vrrp_instance VI_2 {
            interface eth0
            virtual_router_id 52
            virtual_ipaddress {
                10.0.0.101
            }
        }
        """;

    [Fact]
    public void SyncGroup_TwoMembers_IsModelled()
    {
        KeepalivedLoadResult r = TestSupport.Text("vrrp_sync_group VG1 {\n    group {\n        VI_1\n        VI_2\n    }\n}\n" + TwoInstances, "eth0");
        Assert.Empty(r.Messages);
        Assert.Equal(["VI_1", "VI_2"], r.Config.VrrpSyncGroups[0].Group);
    }

    // Measured: "(nums.conf: Line 13) Warning - sync group VG1 has empty group block" — the line of the block's '}'.
    [Fact]
    public void SyncGroup_EmptyGroupBlock_ReportedAtClosingLineAndRemoved()
    {
        KeepalivedLoadResult r = TestSupport.Text("vrrp_sync_group VG1 {\n    group {\n    }\n}\n" + TwoInstances, "eth0");
        Assert.Equal(["(t.conf: Line 3) Warning - sync group VG1 has empty group block", "Sync group VG1 has no virtual router(s). removing"], Lines(r));
        Assert.Equal(5, r.ExitCode);
    }

    [Fact]
    public void SyncGroup_Duplicate_BlockIsSkipped()
    {
        KeepalivedLoadResult r = TestSupport.Text(
            "vrrp_sync_group VG1 {\n    group {\n        VI_1\n        VI_2\n    }\n}\nvrrp_sync_group VG1 {\n    group {\n        VI_9\n    }\n}\n" + TwoInstances, "eth0");
        Assert.Equal(["(t.conf: Line 7) vrrp sync group VG1 already defined"], Lines(r));
    }

    // Measured: "(nums.conf: Line 16) WARNING - interface nosuchif0 for ip address 10.1.1.1/24 doesn't exist", then
    // "Non-existent interface specified in configuration".
    [Fact]
    public void StaticIpaddress_MissingDevice_ReportedAndStopsVrrp()
    {
        KeepalivedLoadResult r = TestSupport.Text("static_ipaddress {\n    10.1.1.1/24 dev nosuchif0\n}\n", "eth0");
        Assert.Equal(["(t.conf: Line 2) WARNING - interface nosuchif0 for ip address 10.1.1.1/24 doesn't exist",
                      "Non-existent interface specified in configuration"], Lines(r));
        Assert.Equal(5, r.ExitCode);
    }

    [Fact]
    public void StaticIpaddress_ExistingDevice_IsModelled()
    {
        KeepalivedLoadResult r = TestSupport.Text("static_ipaddress {\n    10.1.1.1/24 dev eth0 scope link\n}\n", "eth0");
        Assert.Empty(r.Messages);
        Assert.Equal("eth0", r.Config.StaticIpAddresses[0].Device);
        Assert.Equal(24, r.Config.StaticIpAddresses[0].Prefix);
    }

    // Measured: "(nums.conf: Line 19) Invalid virtual server group IP address 10.0.0.300 /port/80 - skipping" and
    // "(nums.conf: Line 20) virtual server group VSG_1 has no entries - removing".
    [Fact]
    public void VirtualServerGroup_BadEntry_SkippedAndEmptyGroupRemoved()
    {
        KeepalivedLoadResult r = TestSupport.Text("virtual_server_group VSG_1 {\n    10.0.0.300 80\n}\n");
        Assert.Equal(["(t.conf: Line 2) Invalid virtual server group IP address 10.0.0.300 /port/80 - skipping",
                      "(t.conf: Line 3) virtual server group VSG_1 has no entries - removing"], Lines(r));
        Assert.Empty(r.Config.VirtualServerGroups);
    }

    [Fact]
    public void VirtualServerGroup_ValidEntries_AreModelled()
    {
        KeepalivedLoadResult r = TestSupport.Text("virtual_server_group VSG_1 {\n    10.0.0.10 80\n    fwmark 5\n}\n");
        Assert.Empty(r.Messages);
        Assert.Equal(["10.0.0.10 80", "fwmark 5"], r.Config.VirtualServerGroups[0].Entries);
    }
}
