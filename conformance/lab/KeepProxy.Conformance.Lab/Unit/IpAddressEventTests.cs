using KeepProxy.Lab.Observation;

namespace KeepProxy.Conformance.Lab.Unit;

public sealed class IpAddressEventTests
{
    [Fact]
    public void Parse_MonitorAddLine_ReadsInterfaceAndAddress()
    {
        var e = IpAddressEvent.Parse(@"3: ens33    inet 172.25.254.130/32 scope global ens33\       valid_lft forever preferred_lft forever");
        Assert.Equal(new IpAddressEvent(false, "ens33", "172.25.254.130", 32), e);
    }

    [Fact]
    public void Parse_DeletedLine_IsDeletion()
    {
        var e = IpAddressEvent.Parse(@"Deleted 5: eth0    inet 30.3.3.61/16 scope global secondary eth0\       valid_lft forever preferred_lft forever");
        Assert.Equal(new IpAddressEvent(true, "eth0", "30.3.3.61", 16), e);
    }

    [Fact]
    public void Parse_LoopbackLabel_ReadsLo()
    {
        var e = IpAddressEvent.Parse(@"1: lo    inet 192.168.4.15/32 scope global lo:0\       valid_lft forever preferred_lft forever");
        Assert.Equal("lo", e!.Interface);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2: ens33    inet6 fe80::1/64 scope link")]
    [InlineData("garbage")]
    public void Parse_OtherLines_Null(string line) => Assert.Null(IpAddressEvent.Parse(line));
}
