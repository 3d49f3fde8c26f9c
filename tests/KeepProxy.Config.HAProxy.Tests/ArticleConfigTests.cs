using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Tests;

/// <summary>The source articles' haproxy configs (TestData/articles, copied from /work/shared/seeds).</summary>
public class ArticleConfigTests
{
    private static HAProxyLoadResult Load(string name) =>
        HAProxyConfigLoader.Load([Path.Combine(AppContext.BaseDirectory, "TestData", "articles", name)], new HAProxyLoadOptions(CheckFiles: false));

    [Fact]
    public void Load_Article000_ModelsGlobalAndProxies()
    {
        var r = Load("000-haproxy.cfg");
        Assert.Equal(HAProxyVerdict.Valid, r.Verdict);
        var g = r.Config.Global;
        Assert.Equal("/var/lib/haproxy", g.Chroot);
        Assert.Equal(60000, g.MaxConn);
        Assert.Equal(["ssl-min-ver", "TLSv1.2", "no-tls-tickets"], g.SslDefaultBindOptions);
        var sock = Assert.Single(g.StatsSockets);
        Assert.Equal("admin", sock.Option("level"));
        Assert.Equal(30000, g.StatsTimeoutMs);
        var fe = r.Config.FindProxy("http-in")!;
        Assert.Equal(ProxyMode.Http, fe.Mode);
        Assert.Equal(10000, fe.Timeouts.Client);
        Assert.Equal(2000, fe.Timeouts.Check);
        Assert.Equal(7, fe.ErrorFiles.Count);
        Assert.Equal(8000, fe.Binds[0].Addresses[0].PortFrom);
        Assert.Equal("servers", fe.DefaultBackend);
        var be = r.Config.FindProxy("servers")!;
        Assert.Equal("roundrobin", be.Balance);
        Assert.All(be.Servers, s => Assert.True(s.Check));
        Assert.Equal(3, be.Retries);
    }

    [Fact]
    public void Load_Article002_AcceptsListenAddressesWithWarnings()
    {
        var r = Load("002-haproxy.cfg");
        Assert.Equal(HAProxyVerdict.Valid, r.Verdict);
        var stats = r.Config.FindProxy("stats")!;
        Assert.True(stats.Binds[0].FromListenLine);
        Assert.Equal(1080, stats.Binds[0].Addresses[0].PortFrom);
        Assert.Equal("Haproxy", stats.Stats!.Realm);
        Assert.Equal(30000, stats.Stats.RefreshMs);
        Assert.Equal("admin", stats.Stats.Auth[0].User);
        var web = r.Config.FindProxy("webserv-rewrite")!;
        Assert.All(web.Servers, s => Assert.Equal((2000, 2, 5), (s.InterMs, s.Rise, s.Fall)));
        Assert.Equal(4000, r.Config.Global.MaxConn);
        Assert.True(web.HasOption("forwardfor"));
        Assert.Equal(300000, web.Timeouts.Client);
    }

    [Fact]
    public void Load_Article003Advanced_ModelsCookiesAclsChecks()
    {
        var r = Load("003-advanced.cfg");
        Assert.Equal(HAProxyVerdict.Valid, r.Verdict);
        var fe = r.Config.FindProxy("web_front")!;
        Assert.Equal("is_static", fe.Acls[0].Name);
        Assert.Equal("static_back", fe.UseBackends[0].Backend);
        Assert.Equal(["is_static"], fe.UseBackends[0].Condition!.AclNames);
        var https = r.Config.FindProxy("https_front")!;
        Assert.True(https.Binds[0].Ssl);
        Assert.Equal(["/etc/haproxy/cert.pem"], https.Binds[0].Certificates);
        var hb = r.Config.FindProxy("http_back")!;
        Assert.Equal(CookieMode.Insert, hb.Cookie!.Mode);
        Assert.True(hb.Cookie.Indirect && hb.Cookie.NoCache);
        Assert.Equal(["GET", "/health"], hb.Options["httpchk"].Args);
        Assert.Equal(["status", "200"], hb.HttpChecks[0].Args);
        Assert.Equal("s1", hb.Servers[0].Cookie);
        Assert.Equal(5000, hb.Servers[0].InterMs);
        Assert.Equal(CookieMode.Prefix, r.Config.FindProxy("dynamic_back")!.Cookie!.Mode);
        var mysql = r.Config.FindProxy("mysql_cluster")!;
        Assert.Equal(ProxyMode.Tcp, mysql.Mode);
        Assert.True(mysql.Servers[1].Backup);
        Assert.Equal(["user", "haproxy_check"], mysql.Options["mysql-check"].Args);
    }

    [Fact]
    public void Load_Article003Basic_IsValid() => Assert.Equal(HAProxyVerdict.Valid, Load("003-basic.cfg").Verdict);
}
