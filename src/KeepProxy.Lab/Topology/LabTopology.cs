using System.Globalization;
using System.Text;
using KeepProxy.Lab.Generation;
using KeepProxy.Lab.Observation;
using KeepProxy.Lab.Processes;
using KeepProxy.Lab.Specs;

namespace KeepProxy.Lab.Topology;

/// <summary>
/// A scenario's hosts, bridges and links, standing. Built by <see cref="StartAsync"/>; <see cref="DisposeAsync"/>
/// always tears everything down (and a crashed lab tears itself down: see <see cref="NamespaceHolder"/>).
/// Nothing is ever configured in the machine's own network namespace: addresses live only in the hosts'
/// namespaces, bridges in a namespace of their own.
/// </summary>
public sealed class LabTopology : IAsyncDisposable
{
    private readonly List<NamespaceHolder> _holders = [];
    private readonly Dictionary<string, LabHost> _hosts = new(StringComparer.Ordinal);
    private readonly ILabLog _log;
    private int _disposed;

    private LabTopology(ScenarioSpec spec, LabOptions options, RunDirectory run, ILabLog log)
    {
        Spec = spec;
        Options = options;
        Run = run;
        _log = log;
        Watcher = new VipWatcher(options.Clock);
    }

    public ScenarioSpec Spec { get; }

    public LabOptions Options { get; }

    public RunDirectory Run { get; }

    public VipWatcher Watcher { get; }

    public IReadOnlyList<LabHost> Hosts => Spec.Hosts.Select(h => _hosts[h.Name]).ToList();

    public LabHost this[string name] => _hosts.TryGetValue(name, out var h) ? h : throw new LabException($"no host {name} in {Spec.Id}");

    /// <summary>PIDs of every unshare holder and namespace init this topology started (for leftover checks).</summary>
    public IReadOnlyList<int> OwnPids => _holders.SelectMany(h => new[] { h.HolderPid, h.InitPid }).ToList();

    /// <summary>Network namespace identities (net:[inode]) of the bridge and every host.</summary>
    public IReadOnlyList<string> NetNamespaces => _holders.Select(h => h.NetNsId).ToList();

    /// <summary>Which keepalived/haproxy a host runs under the chosen implementation: (vrrpd?, proxyd?).</summary>
    public static (bool Vrrpd, bool Proxyd) BinariesFor(Implementation impl, ScenarioSpec spec, HostSpec host)
    {
        switch (impl)
        {
            case Implementation.KeepProxy:
                return (true, true);
            case Implementation.Mixed:
                var first = spec.Hosts.FirstOrDefault(h => h.RunsKeepalived);
                var ours = host.RunsKeepalived && first != null && first.Name != host.Name;
                return (ours, ours);
            default:
                return (false, false);
        }
    }

    public static async Task<LabTopology> StartAsync(ScenarioSpec spec, LabOptions options, ILabLog log, CancellationToken ct = default)
    {
        var missing = Prerequisites.Missing();
        if (missing.Count > 0) throw new LabException("cannot build the lab: " + string.Join("; ", missing));

        var run = RunDirectory.Create();
        var topo = new LabTopology(spec, options, run, log);
        try
        {
            await topo.BuildAsync(ct).ConfigureAwait(false);
            return topo;
        }
        catch
        {
            await topo.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task BuildAsync(CancellationToken ct)
    {
        var shim = Path.Combine(Run.Path, "systemctl");
        await File.WriteAllTextAsync(shim, SystemctlShim.Generate(), ct).ConfigureAwait(false);
        File.SetUnixFileMode(shim, (UnixFileMode)0b111_101_101);

        // Per-host folders and files, written before the host exists.
        var layouts = new Dictionary<string, (HostLayout Layout, List<(string, string)> FileBinds)>(StringComparer.Ordinal);
        foreach (var h in Spec.Hosts)
        {
            var layout = new HostLayout(Path.Combine(Run.Path, h.Name));
            layout.Create();
            foreach (var f in h.Files)
            {
                var outside = layout.MapToOutside(f.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
                await File.WriteAllTextAsync(outside, f.Content, new UTF8Encoding(false), ct).ConfigureAwait(false);
                File.SetUnixFileMode(outside, f.Executable ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100);
            }
            var binds = new List<(string, string)> { (shim, "/usr/bin/systemctl") };
            var (vrrpd, proxyd) = BinariesFor(Options.Implementation, Spec, h);
            if (vrrpd) binds.Add((RequireBinary("vrrpd"), "/usr/sbin/keepalived"));
            if (proxyd) binds.Add((RequireBinary("proxyd"), "/usr/sbin/haproxy"));
            layouts[h.Name] = (layout, binds);
        }

        // The bridge namespace and every host, started in parallel.
        var bridgeTask = NamespaceHolder.StartAsync("lab-bridge", "set -e\nip link set lo up\necho READY\nexec 3<&0\ncat <&3 >/dev/null &\nwait $!\n", ct);
        var hostTasks = Spec.Hosts.Select(h => NamespaceHolder.StartAsync(h.Name, layouts[h.Name].Layout.InitScript(h.Name, layouts[h.Name].FileBinds), ct)).ToList();
        try
        {
            await Task.WhenAll(hostTasks.Cast<Task>().Append(bridgeTask)).ConfigureAwait(false);
        }
        finally
        {
            // Keep whatever came up, so that DisposeAsync tears it down even when another host failed.
            foreach (var t in hostTasks.Cast<Task<NamespaceHolder>>().Append(bridgeTask))
                if (t.IsCompletedSuccessfully) _holders.Add(t.Result);
        }
        var bridge = bridgeTask.Result;
        for (var i = 0; i < Spec.Hosts.Count; i++)
            _hosts[Spec.Hosts[i].Name] = new LabHost(Spec.Hosts[i], layouts[Spec.Hosts[i].Name].Layout, hostTasks[i].Result);

        // Bridges (one per segment) and veth pairs, made in the bridge namespace; host ends moved into the hosts.
        var script = new StringBuilder("set -e\n");
        var segments = Spec.Segments.ToList();
        for (var s = 0; s < segments.Count; s++)
            script.Append(CultureInfo.InvariantCulture, $"ip link add br{s} type bridge mcast_snooping 0\nip link set br{s} up\n");
        for (var hi = 0; hi < Spec.Hosts.Count; hi++)
        {
            var host = Spec.Hosts[hi];
            for (var li = 0; li < host.Links.Count; li++)
            {
                var seg = segments.IndexOf(host.Links[li].Segment);
                script.Append(CultureInfo.InvariantCulture, $"ip link add v{hi}x{li} type veth peer name p{hi}x{li}\n");
                script.Append(CultureInfo.InvariantCulture, $"ip link set v{hi}x{li} master br{seg} up\n");
                script.Append(CultureInfo.InvariantCulture, $"ip link set p{hi}x{li} netns {_hosts[host.Name].Holder.InitPid}\n");
            }
        }
        var net = await LabProcess.RunAsync("nsenter", ["-t", bridge.InitPid.ToString(CultureInfo.InvariantCulture), "-n", "--", "bash", "-c", script.ToString()], TimeSpan.FromSeconds(30), ct).ConfigureAwait(false);
        if (!net.Ok) throw new LabException($"bridge setup failed: {net.Combined.Trim()}");

        await Task.WhenAll(Spec.Hosts.Select((h, hi) => ConfigureHostAsync(h, hi, ct))).ConfigureAwait(false);
        await Watcher.StartAsync(Hosts, ct).ConfigureAwait(false);
        _log.Write($"topology {Spec.Id} up ({Options.Implementation.ToName()}): " +
            string.Join(", ", Spec.Hosts.Select(h => $"{h.Name} [{string.Join(" ", h.Links.Select(l => $"{l.Interface} {string.Join(",", l.Addresses)}"))}]")));
    }

    private async Task ConfigureHostAsync(HostSpec h, int hi, CancellationToken ct)
    {
        var cmd = new StringBuilder("set -e\n");
        for (var li = 0; li < h.Links.Count; li++)
        {
            var l = h.Links[li];
            cmd.Append(CultureInfo.InvariantCulture, $"ip link set p{hi}x{li} name {l.Interface}\n");
            foreach (var a in l.Addresses) cmd.Append(CultureInfo.InvariantCulture, $"ip addr add {a} dev {l.Interface}\n");
            cmd.Append(CultureInfo.InvariantCulture, $"ip link set {l.Interface} up\n");
        }
        foreach (var s in h.Setup) cmd.Append(s).Append('\n');
        await _hosts[h.Name].RunAsync(cmd.ToString(), TimeSpan.FromSeconds(30), ct).ConfigureAwait(false);
    }

    private string RequireBinary(string name)
    {
        var path = Path.Combine(Options.Paths.ArtifactsBin, name);
        if (!File.Exists(path))
            throw new LabException($"{path} not found: the '{Options.Implementation.ToName()}' implementation needs KeepProxy's NativeAOT {name} (./build.sh --target=Publish)");
        return path;
    }

    /// <summary>For the leftover test only: drop the namespaces the way a killed lab would (close the holders'
    /// stdin pipes, kill nothing) and forget them.</summary>
    internal async Task AbandonAsync()
    {
        Watcher.Dispose();
        foreach (var h in _holders) h.Abandon();
        await Task.Delay(500).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        var start = Options.Clock.GetTimestamp();
        Watcher.Dispose();
        await Task.WhenAll(_holders.Select(async h =>
        {
            var t = Options.Clock.GetTimestamp();
            await h.DisposeAsync().ConfigureAwait(false);
            var s = Options.Clock.GetElapsedTime(t).TotalSeconds;
            if (s > 1) _log.Write($"  teardown of {h.Name} took {s:0.0} s");
        })).ConfigureAwait(false);
        Run.Delete();
        _log.Write($"topology {Spec.Id} torn down in {Options.Clock.GetElapsedTime(start).TotalSeconds:0.0} s");
    }
}
