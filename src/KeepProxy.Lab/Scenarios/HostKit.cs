using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Specs;

namespace KeepProxy.Lab.Scenarios;

/// <summary>Small builders for the hosts the scenarios share (nginx web servers, clients, keepalived nodes).</summary>
public static class HostKit
{
    public static LinkSpec Link(string iface, string segment, params string[] addresses) => new(iface, segment, addresses);

    public static HostFile Nginx(params NginxServer[] servers) => new("/etc/nginx/nginx.conf", NginxConfig.Generate(servers));

    /// <summary>A page whose last line names the server (what the client loops read).</summary>
    public static HostFile Page(string path, string text) => new(path, text + "\n");

    public static HostSpec Client(string name, LinkSpec link) => HostSpec.Create(name, link);

    /// <summary>A web server: nginx on <paramref name="listen"/> serving <paramref name="root"/>/index.html = <paramref name="page"/>.</summary>
    public static HostSpec Web(string name, LinkSpec link, string page, string listen = "80", string root = "/var/www/html", int health = 200) =>
        HostSpec.Create(name, link, [Nginx(new NginxServer(listen, root, health)), Page(root + "/index.html", page)]);
}
