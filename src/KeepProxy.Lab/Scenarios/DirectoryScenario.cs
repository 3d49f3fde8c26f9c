using System.Globalization;
using System.Text.RegularExpressions;
using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Specs;
using static KeepProxy.Lab.Scenarios.HostKit;

namespace KeepProxy.Lab.Scenarios;

/// <summary>
/// A user's own configs: a directory of per-host folders, each with keepalived.conf and/or haproxy.cfg (and the
/// scripts they name). Every host gets one link, named by the first <c>interface</c> of its keepalived.conf (eth0
/// otherwise), on one segment; its address is its <c>unicast_src_ip</c>, or .11, .12, … in the /24 of the first
/// VIP. Hosts without haproxy.cfg serve a page naming them with nginx on :80. A host "client" is added.
/// Scripts and other files of a host folder go to /etc/keepalived/ (the *.sh executable).
/// </summary>
public sealed partial class DirectoryScenario(string directory) : IScenario
{
    private ScenarioSpec? _spec;

    public string Id => "dir:" + Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));

    public string Title => $"configs in {directory}";

    public InteractiveView View => new("client", _spec?.Vips.Count > 0 ? $"http://{_spec.Vips[0]}/" : "http://127.0.0.1/", _spec?.Vips ?? []);

    [GeneratedRegex(@"^\s*interface\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex InterfaceRegex();

    [GeneratedRegex(@"^\s*unicast_src_ip\s+(\d+\.\d+\.\d+\.\d+)", RegexOptions.Multiline)]
    private static partial Regex UnicastSrcRegex();

    [GeneratedRegex(@"virtual_ipaddress\s*\{([^}]*)\}", RegexOptions.Singleline)]
    private static partial Regex VipBlockRegex();

    [GeneratedRegex(@"^\s*(\d+\.\d+\.\d+\.\d+)", RegexOptions.Multiline)]
    private static partial Regex AddressRegex();

    public static bool Looks(string path) =>
        Directory.Exists(path) && Directory.GetDirectories(path).Any(d => File.Exists(Path.Combine(d, "keepalived.conf")) || File.Exists(Path.Combine(d, "haproxy.cfg")));

    public ScenarioSpec Build(LabPaths paths)
    {
        var hostDirs = Directory.GetDirectories(directory)
            .Where(d => File.Exists(Path.Combine(d, "keepalived.conf")) || File.Exists(Path.Combine(d, "haproxy.cfg")))
            .OrderBy(d => d, StringComparer.Ordinal).ToList();
        if (hostDirs.Count == 0) throw new LabException($"{directory}: no host folder with keepalived.conf or haproxy.cfg");
        var vips = new List<string>();
        foreach (var d in hostDirs)
        {
            var conf = Path.Combine(d, "keepalived.conf");
            if (!File.Exists(conf)) continue;
            foreach (Match block in VipBlockRegex().Matches(StripComments(File.ReadAllText(conf))))
                foreach (Match a in AddressRegex().Matches(block.Groups[1].Value))
                    if (!vips.Contains(a.Groups[1].Value)) vips.Add(a.Groups[1].Value);
        }
        var subnet = vips.Count > 0 ? string.Join('.', vips[0].Split('.').Take(3)) : "192.168.100";
        var hosts = new List<HostSpec>();
        var n = 11;
        foreach (var d in hostDirs)
        {
            var name = Path.GetFileName(d);
            var files = new List<HostFile>();
            string iface = "eth0", addr = string.Create(CultureInfo.InvariantCulture, $"{subnet}.{n++}");
            var keepalived = File.Exists(Path.Combine(d, "keepalived.conf"));
            if (keepalived)
            {
                var text = StripComments(File.ReadAllText(Path.Combine(d, "keepalived.conf")));
                if (InterfaceRegex().Match(text) is { Success: true } m) iface = m.Groups[1].Value;
                if (UnicastSrcRegex().Match(text) is { Success: true } u) addr = u.Groups[1].Value;
            }
            foreach (var f in Directory.GetFiles(d))
            {
                var file = Path.GetFileName(f);
                if (file == "keepalived.conf") files.Add(HostFile.From("/etc/keepalived/keepalived.conf", f));
                else if (file == "haproxy.cfg") files.Add(HostFile.From("/etc/haproxy/haproxy.cfg", f));
                else if (file == "index.html") files.Add(HostFile.From("/var/www/html/index.html", f));
                else files.Add(HostFile.From("/etc/keepalived/" + file, f, executable: file.EndsWith(".sh", StringComparison.Ordinal)));
            }
            if (!File.Exists(Path.Combine(d, "haproxy.cfg")))
            {
                files.Add(Nginx(new NginxServer("80", "/var/www/html")));
                if (!File.Exists(Path.Combine(d, "index.html"))) files.Add(Page("/var/www/html/index.html", $"{name} {addr}"));
            }
            hosts.Add(new HostSpec(name, [Link(iface, "lan", addr + "/24")], files, [], RunsKeepalived: keepalived));
        }
        hosts.Add(Client("client", Link("eth0", "lan", subnet + ".250/24")));
        _spec = new ScenarioSpec(Id, Title, hosts, vips);
        return _spec;
    }

    private static string StripComments(string text) => Regex.Replace(text, @"[#!][^\n]*", "");

    public async Task SetupAsync(ScenarioContext ctx)
    {
        foreach (var h in ctx.Topology.Spec.Hosts.Where(h => h.Name != "client"))
        {
            if (h.Files.Any(f => f.Path == "/etc/nginx/nginx.conf")) await ctx.SystemctlAsync(h.Name, "start nginx");
            if (h.Files.Any(f => f.Path == "/etc/haproxy/haproxy.cfg")) await ctx.SystemctlAsync(h.Name, "start haproxy", mustSucceed: false);
            if (h.RunsKeepalived) await ctx.SystemctlAsync(h.Name, "start keepalived", mustSucceed: false);
        }
    }

    public Task VerifyAsync(ScenarioContext ctx)
    {
        ctx.Note("a directory of configs has no article steps to replay: use the interactive lab to rehearse its failovers");
        return Task.CompletedTask;
    }
}
