using System.Text;
using KeepProxy.Lab;
using KeepProxy.Lab.Observation;
using KeepProxy.Lab.Scenarios;
using KeepProxy.Lab.Topology;

namespace KeepProxy.Cli.Lab;

/// <summary>The live view of <c>keepproxy lab</c>: VIP holders, services and links per host, the client loop's
/// results, and keys to stop/start services or cut a node off. Teardown always runs on the way out.</summary>
internal static class LabDashboard
{
    private const int ClientRequests = 7200; // bounded: at most one hour at two requests a second

    private sealed record HostRow(string Name, IReadOnlyList<string> Units);

    public static async Task<int> RunAsync(IScenario scenario, LabOptions options, ILabLog log, TextWriter stdout, int? seconds, CancellationToken ct)
    {
        var topo = await LabTopology.StartAsync(scenario.Build(options.Paths), options, log, ct).ConfigureAwait(false);
        try
        {
            await using var ctx = new ScenarioContext(scenario.Id, topo, log, ct);
            await scenario.SetupAsync(ctx).ConfigureAwait(false);
            var view = scenario.View;
            var loop = ctx.StartLoop(view.Client, view.Url, TimeSpan.FromMilliseconds(500), ClientRequests, view.CurlArgs);
            var rows = topo.Spec.Hosts.Where(h => h.Name != view.Client).Select(h => new HostRow(h.Name, Units(h))).ToList();
            var interactive = !Console.IsInputRedirected;
            var ansi = !Console.IsOutputRedirected;
            var selected = 0;
            var lastAction = "";
            var deadline = seconds is { } s ? options.Clock.GetTimestamp() + (long)(s * options.Clock.TimestampFrequency) : long.MaxValue;
            var nextRender = 0L;
            var status = new Dictionary<string, string>(StringComparer.Ordinal);
            while (!ct.IsCancellationRequested && options.Clock.GetTimestamp() < deadline)
            {
                if (options.Clock.GetTimestamp() >= nextRender)
                {
                    foreach (var r in rows) status[r.Name] = await StatusAsync(topo[r.Name], r.Units, ct).ConfigureAwait(false);
                    Render(stdout, ansi, scenario, options, view, topo, rows, status, loop, selected, lastAction, interactive);
                    nextRender = options.Clock.GetTimestamp() + options.Clock.TimestampFrequency;
                }
                if (interactive && Console.KeyAvailable)
                {
                    var key = Console.ReadKey(intercept: true);
                    var c = char.ToLowerInvariant(key.KeyChar);
                    if (c == 'q') break;
                    if (c is >= '1' and <= '9' && c - '1' < rows.Count) selected = c - '1';
                    var row = rows.Count > 0 ? rows[selected] : null;
                    string? unit = c switch { 'k' => "keepalived", 'h' => "haproxy", 'n' => "nginx", _ => null };
                    if (row != null && unit != null && row.Units.Contains(unit))
                    {
                        var verb = status.GetValueOrDefault(row.Name, "").Contains($"{unit}:active", StringComparison.Ordinal) ? "stop" : "start";
                        var r = await topo[row.Name].SystemctlAsync($"{verb} {unit}", ct).ConfigureAwait(false);
                        lastAction = $"{row.Name}$ systemctl {verb} {unit} → exit {r.ExitCode}";
                        nextRender = 0;
                    }
                    else if (row != null && c == 'd')
                    {
                        var down = status.GetValueOrDefault(row.Name, "").Contains("DOWN", StringComparison.Ordinal);
                        var links = string.Join("; ", topo[row.Name].Spec.Links.Select(l => $"ip link set {l.Interface} {(down ? "up" : "down")}"));
                        var r = await topo[row.Name].ExecAsync(links, ct: ct).ConfigureAwait(false);
                        lastAction = $"{row.Name}$ {links} → exit {r.ExitCode}";
                        nextRender = 0;
                    }
                }
                await Task.Delay(100, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            stdout.WriteLine("tearing the lab down…");
            await topo.DisposeAsync().ConfigureAwait(false);
        }
        return 0;
    }

    private static List<string> Units(KeepProxy.Lab.Specs.HostSpec h)
    {
        var units = new List<string>();
        if (h.RunsKeepalived) units.Add("keepalived");
        if (h.Files.Any(f => f.Path.StartsWith("/etc/haproxy/", StringComparison.Ordinal))) units.Add("haproxy");
        if (h.Files.Any(f => f.Path == "/etc/nginx/nginx.conf")) units.Add("nginx");
        return units;
    }

    private static async Task<string> StatusAsync(LabHost host, IReadOnlyList<string> units, CancellationToken ct)
    {
        var cmd = new StringBuilder();
        foreach (var u in units) cmd.Append($"printf '{u}:%s ' $(systemctl is-active {u}); ");
        cmd.Append("ip -br link | awk '$1 != \"lo\" { split($1, n, \"@\"); printf \"%s:%s \", n[1], $2 }'");
        var r = await host.ExecAsync(cmd.ToString(), TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
        return r.StdOut.Trim();
    }

    private static void Render(TextWriter o, bool ansi, IScenario scenario, LabOptions options, InteractiveView view, LabTopology topo,
        List<HostRow> rows, Dictionary<string, string> status, ClientLoop loop, int selected, string lastAction, bool interactive)
    {
        var samples = loop.Samples;
        var ok = samples.Count(x => x.Ok);
        var last = samples.LastOrDefault();
        var lastText = last == null ? "—" : last.Ok ? $"{last.LastLine} (HTTP {last.HttpStatus})" : $"FAILED (curl exit {last.ExitCode}{(last.HttpStatus > 0 ? $", HTTP {last.HttpStatus}" : "")})";
        var vips = view.Vips.Select(v => $"{v} → {(topo.Watcher.Holders(v) is { Count: > 0 } h ? string.Join(" + ", h) : "nobody")}");
        if (!ansi)
        {
            o.WriteLine($"[{DateTime.Now:HH:mm:ss}] {string.Join("; ", vips)} | client {ok} ok, {samples.Count - ok} failed, last {lastText}");
            return;
        }
        var sb = new StringBuilder("\u001b[H\u001b[2J");
        sb.AppendLine($"KeepProxy lab — {scenario.Id} ({options.Implementation.ToString().ToLowerInvariant()}): {scenario.Title}");
        sb.AppendLine();
        sb.AppendLine("VIPs");
        foreach (var v in vips) sb.AppendLine($"  {v}");
        sb.AppendLine();
        sb.AppendLine("Hosts");
        for (var i = 0; i < rows.Count; i++)
            sb.AppendLine($" {(i == selected ? '>' : ' ')}[{i + 1}] {rows[i].Name,-8} {status.GetValueOrDefault(rows[i].Name, "")}");
        sb.AppendLine();
        sb.AppendLine($"Client {view.Client}: curl {view.Url} every 0.5 s (at most {ClientRequests})");
        sb.AppendLine($"  {ok} ok, {samples.Count - ok} failed; last: {lastText}");
        sb.AppendLine($"  recent: {string.Concat(samples.TakeLast(60).Select(x => x.Ok ? '.' : 'x'))}");
        sb.AppendLine();
        if (lastAction.Length > 0) sb.AppendLine($"last action: {lastAction}");
        sb.AppendLine(interactive
            ? "keys: 1-9 select host · k keepalived · h haproxy · n nginx (stop/start) · d cut/restore the node's network · q quit (Ctrl-C too)"
            : "(no keyboard: stdin is not a terminal) Ctrl-C to quit");
        o.Write(sb.ToString());
        o.Flush();
    }
}
