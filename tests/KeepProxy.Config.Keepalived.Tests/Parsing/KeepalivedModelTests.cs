using System.Net;
using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Tests.Parsing;

public sealed class KeepalivedModelTests
{
    [Fact]
    public void Load_ArticleSvr1_InstanceModelled()
    {
        KeepalivedLoadResult r = KeepalivedConfigLoader.Load(TestSupport.Data("000-svr1.conf"), TestSupport.Options("ens33"));
        VrrpInstance vi = Assert.Single(r.Config.VrrpInstances);
        Assert.Equal("VI_1", vi.Name);
        Assert.Equal(VrrpState.Master, vi.State);
        Assert.Equal("ens33", vi.Interface);
        Assert.Equal(62, vi.VirtualRouterId);
        Assert.Equal(151, vi.Priority);
        Assert.Equal(1, vi.AdvertInt);
        Assert.Equal(2, vi.Version);
        Assert.False(vi.Nopreempt); // cleared by completion: state MASTER
        Assert.Equal(IPAddress.Parse("172.25.254.131"), vi.UnicastSrcIp);
        Assert.Equal(IPAddress.Parse("172.25.254.132"), Assert.Single(vi.UnicastPeers));
        Assert.Equal(new VrrpAuthentication(VrrpAuthType.Pass, "1111", vi.Authentication!.Position), vi.Authentication);
        Assert.Equal(IPAddress.Parse("172.25.254.130"), Assert.Single(vi.VirtualIpAddresses).Address);
        Assert.Equal("check_nginx", Assert.Single(vi.TrackScripts).Name);
        Assert.Equal(12, vi.Position.Line);
        Assert.Equal("nginx", r.Config.Global.RouterId);
    }

    [Fact]
    public void Load_VirtualIpWithOptions_AllFieldsKept()
    {
        var r = TestSupport.Text("vrrp_instance V {\n interface eth0\n virtual_router_id 1\n virtual_ipaddress {\n  192.168.1.100/24 brd 192.168.1.255 dev eth0 scope global label eth0:1\n }\n track_script {\n  s weight 20\n }\n}\n", "eth0");
        IpAddressEntry vip = Assert.Single(Assert.Single(r.Config.VrrpInstances).VirtualIpAddresses);
        Assert.Equal((24, "eth0", "global", "eth0:1"), (vip.Prefix, vip.Device, vip.Scope, vip.Label));
        Assert.Equal(IPAddress.Parse("192.168.1.255"), vip.Broadcast);
    }

    [Fact]
    public void Load_VirtualServerWithHttpGet_ChecksModelled()
    {
        KeepalivedLoadResult r = KeepalivedConfigLoader.Load(TestSupport.Data("m2.conf"), TestSupport.Options("eth0"));
        VirtualServer vs = Assert.Single(r.Config.VirtualServers);
        Assert.Equal(("192.168.4.15", 80, "rr", "DR", 6.0), (vs.Address, vs.Port!.Value, vs.LbAlgo, vs.LbKind, vs.DelayLoop));
        HealthCheck http = Assert.Single(vs.RealServers[0].Checks);
        Assert.Equal(CheckKind.HttpGet, http.Kind);
        Assert.Equal(3, http.Retry);
        UrlCheck url = Assert.Single(http.Urls);
        Assert.Equal(("/", "9b3a0c85a887a256d6939da88aabd8cd"), (url.Path, url.Digest));
        Assert.Equal("10.210.214.1", Assert.Single(r.Config.StaticRoutes).Via);
    }

    [Fact]
    public void Load_UnknownKeyword_DidYouMeanIsAnImprovement()
    {
        var r = KeepalivedConfigLoader.LoadText("t.conf", "vrrp_instanse VI_1 {\n}\n", TestSupport.Options() with { Suggestions = true });
        var hint = Assert.Single(r.Messages, static m => m.Improvement);
        Assert.Equal("(Line 1)   did you mean 'vrrp_instance'?", hint.Render());
        Assert.Equal("(Line 1) Unknown keyword 'vrrp_instanse'", r.Messages[0].Render());
    }
}
