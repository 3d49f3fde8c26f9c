// KeepProxy.Benchmarks — run by `./build.sh Bench` (never by Test).
//
// 1. Config check at scale: a generated haproxy.cfg (10,000 backends × 10 servers) and keepalived.conf
//    (255 vrrp_instances, 1,000 real_servers), timed in one run, interleaved run by run:
//    our in-process parse+check, our NativeAOT proxyd/vrrpd (artifacts/bin, if published) and the
//    reference haproxy -c / keepalived -t. keepalived checks interfaces in the current network namespace,
//    so vrrpd and keepalived both run inside `unshare --net` with an eth0 veth (this kernel has no dummy
//    links); nothing is created in the root namespace. The bare namespace set-up is timed as its own row.
// 2. Start-to-exit of the NativeAOT `proxyd -c -f` on article 000's haproxy.cfg (goal < 50 ms), next to
//    haproxy -c on the same file.
// Results go to stdout and to artifacts/bench/*.md.
using System.Runtime.InteropServices;
using KeepProxy.Benchmarks;
using KeepProxy.Config.HAProxy;
using KeepProxy.Config.Keepalived;

var root = ArgValue("--root") ?? FindRoot();
var runs = int.Parse(ArgValue("--runs") ?? "5");
var startupRuns = int.Parse(ArgValue("--startup-runs") ?? "20");
var keep = args.Contains("--keep");
var bin = Path.Combine(root, "artifacts", "bin");
var outDir = Path.Combine(root, "artifacts", "bench");
Directory.CreateDirectory(outDir);

var tmp = Directory.CreateTempSubdirectory("keepproxy-bench-").FullName;
var haproxyCfg = Path.Combine(tmp, "haproxy.cfg");
var keepalivedConf = Path.Combine(tmp, "keepalived.conf");
BenchConfigGenerator.WriteHAProxy(haproxyCfg);
BenchConfigGenerator.WriteKeepalived(keepalivedConf);
Console.WriteLine($"generated {haproxyCfg} ({File.ReadAllLines(haproxyCfg).Length:N0} lines), {keepalivedConf} ({File.ReadAllLines(keepalivedConf).Length:N0} lines)");

var header = Header();

// ---- 1. config check at scale ----------------------------------------------------------------------
// The same wrapper for vrrpd and keepalived: a fresh network namespace with eth0, then exec the checker.
const string NetnsScript = "ip link add eth0 type veth peer name eth0-p && exec \"$0\" \"$@\"";
string[] InNetns(params string[] command) => ["--net", "sh", "-c", NetnsScript, .. command];
var netnsWorks = Which("unshare") is not null && Measure.Process("unshare", InNetns("true")).ExitCode == 0;
const string NoNetns = "needs root: unshare --net";

var haproxyRows = Compare(runs,
    inProcess: ("KeepProxy in-process parse+check", () => HAProxyConfigCheck.Run(
        new HAProxyCheckOptions(new[] { haproxyCfg }, Quiet: true), TextWriter.Null, TextWriter.Null)),
    ours: Aot("proxyd", "-c", "-q", "-f", haproxyCfg),
    reference: Reference("haproxy", null, "-c", "-q", "-f", haproxyCfg));

var keepalivedRows = Compare(runs,
    inProcess: ("KeepProxy in-process parse+check", () => KeepalivedConfigCheck.Run(
        new KeepalivedCheckOptions(keepalivedConf, Interfaces: new HashSet<string> { "lo", "eth0" }), TextWriter.Null, TextWriter.Null)),
    ours: AotInNetns("vrrpd", "-t", "-f", keepalivedConf),
    reference: netnsWorks ? Reference("keepalived", "unshare", InNetns("keepalived", "-t", "-f", keepalivedConf))
                          : Unavailable("keepalived -t (in netns)", NoNetns),
    baseline: netnsWorks ? ("netns set-up alone (unshare + ip link add)", "unshare", InNetns("true")) : null);

var check = new List<string>(header)
{
    "## Config check at scale",
    "",
    $"Median of {runs} runs after warm-up, interleaved (in-process, NativeAOT process, reference process).",
    "In-process = `HAProxyConfigCheck.Run` / `KeepalivedConfigCheck.Run` on a warm JIT, output discarded;",
    "process rows are start-to-exit of the whole program. vrrpd and keepalived run inside `unshare --net` with an",
    "`eth0` veth; the bare set-up is its own row (already inside both of their times).",
    "",
    "| config | contender | median | exit | ours / reference |",
    "|---|---|---|---|---|",
};
check.AddRange(Rows($"haproxy.cfg: 10,000 backends × 10 servers", haproxyRows));
check.AddRange(Rows($"keepalived.conf: 255 vrrp_instances, 1,000 real_servers", keepalivedRows));
Emit("config-check.md", check);

// ---- 2. start-to-exit of the NativeAOT proxyd -c on the article's config ---------------------------
var article = Path.Combine(root, "configs", "seeds", "000-keepalived-haproxy-nginx", "svr1", "haproxy.cfg");
var startup = new List<string>(header) { "## Start to exit: `proxyd -c -f` on article 000's haproxy.cfg", "" };
if (!File.Exists(article))
{
    startup.Add($"`{Rel(article)}` is missing: nothing timed.");
}
else
{
    var rows = Compare(startupRuns,
        inProcess: null,
        ours: Aot("proxyd", "-c", "-f", article),
        reference: Reference("haproxy", null, "-c", "-f", article),
        extra: File.Exists(Path.Combine(root, "src/proxyd/bin/Release/net10.0/proxyd"))
            ? ("proxyd -c (framework-dependent, JIT)", Path.Combine(root, "src/proxyd/bin/Release/net10.0/proxyd"), new[] { "-c", "-f", article })
            : null);
    startup.Add($"Median of {startupRuns} runs after 2 warm-ups, interleaved. File: `{Rel(article)}`.");
    startup.Add("");
    startup.Add("| config | contender | median | exit | ours / reference |");
    startup.Add("|---|---|---|---|---|");
    startup.AddRange(Rows("article 000 svr1", rows));
    var aot = rows.FirstOrDefault(r => r.Sample.Name.Contains("NativeAOT")).Sample;
    startup.Add("");
    startup.Add(aot?.MedianMs is { } ms
        ? $"Goal: NativeAOT `proxyd -c` under 50 ms: **{(ms < 50 ? "met" : "not met")}** ({Sample.FormatMs(ms)})."
        : $"Goal: NativeAOT `proxyd -c` under 50 ms: not measured ({aot?.Note}).");
}
Emit("startup.md", startup);

if (!keep) Directory.Delete(tmp, recursive: true);
else Console.WriteLine($"kept {tmp}");
return 0;

// ---------------------------------------------------------------------------------------------------

// Runs warm-ups, then `n` interleaved rounds of every available contender; returns one row per contender.
List<(Sample Sample, bool IsOurs)> Compare(int n,
    (string Name, Func<int> Run)? inProcess,
    Contender ours, Contender reference,
    (string Name, string File, string[] Args)? baseline = null,
    (string Name, string File, string[] Args)? extra = null)
{
    var list = new List<Contender>();
    if (inProcess is { } ip) list.Add(new Contender(ip.Name, true, Call: ip.Run));
    if (extra is { } ex) list.Add(new Contender(ex.Name, true, File: ex.File, Args: ex.Args));
    list.Add(ours);
    list.Add(reference);
    if (baseline is { } b) list.Add(new Contender(b.Name, false, File: b.File, Args: b.Args));

    var times = list.ToDictionary(c => c, _ => new List<double>());
    var exit = new Dictionary<Contender, int>();
    var failed = new Dictionary<Contender, string>();
    foreach (var c in list.Where(c => c.Unavailable is not null)) failed[c] = c.Unavailable!;

    for (var round = -2; round < n; round++) // rounds -2 and -1 are warm-ups
    {
        foreach (var c in list)
        {
            if (failed.ContainsKey(c)) continue;
            try
            {
                var (ms, code) = c.Call is not null ? Measure.Call(c.Call) : RunProcess(c);
                exit[c] = code;
                if (round >= 0) times[c].Add(ms);
            }
            catch (NotImplementedException) { failed[c] = "not implemented"; }
            catch (Exception e) { failed[c] = $"threw {e.GetType().Name}: {e.Message.Split('\n')[0]}"; }
        }
    }
    return list.Select(c => (
        failed.TryGetValue(c, out var why)
            ? Sample.Unavailable(c.Name, why)
            : new Sample(c.Name, Measure.Median(times[c]), c.FirstOutput, exit.GetValueOrDefault(c), times[c].Count),
        c.IsOurs)).ToList();
}

(double, int) RunProcess(Contender c)
{
    var (ms, code, output) = Measure.Process(c.File!, c.Args!);
    if (code != 0 && c.FirstOutput is null) c.FirstOutput = output.Split('\n').FirstOrDefault(l => l.Trim().Length > 0);
    return (ms, code);
}

IEnumerable<string> Rows(string config, List<(Sample Sample, bool IsOurs)> rows)
{
    var reference = rows.FirstOrDefault(r => !r.IsOurs).Sample;
    foreach (var (s, isOurs) in rows)
    {
        var ratio = isOurs && reference is not null ? Sample.Ratio(s, reference) : "";
        // A non-zero exit shows the program's first line of output, so a failing check is not mistaken for a fast one.
        var exitCell = s.MedianMs is null ? "" : s.ExitCode is 0 or null ? $"{s.ExitCode}" : $"{s.ExitCode}: `{s.Note?.Trim().Replace("|", "\\|")}`";
        yield return $"| {config} | {s.Name} | {s.Cell} | {exitCell} | {ratio} |";
    }
}

Contender Aot(string app, params string[] args)
{
    var path = Path.Combine(bin, app);
    var name = $"{app} {args[0]} (NativeAOT)";
    return File.Exists(path)
        ? new Contender(name, true, File: path, Args: args)
        : new Contender(name, true, Unavailable: "not published (./build.sh Publish)");
}

// The checker runs as `unshare --net sh -c 'ip link add eth0 …; exec "$0" "$@"' BIN ARGS`.
Contender AotInNetns(string app, params string[] args)
{
    var name = $"{app} {args[0]} (NativeAOT, in netns)";
    if (!netnsWorks) return new Contender(name, true, Unavailable: NoNetns);
    var path = Path.Combine(bin, app);
    return File.Exists(path)
        ? new Contender(name, true, File: "unshare", Args: InNetns([path, .. args]))
        : new Contender(name, true, Unavailable: "not published (./build.sh Publish)");
}

Contender Reference(string program, string? via, params string[] args)
{
    var name = via is null ? $"{program} {args[0]} (reference)" : $"{program} -t (reference, in netns)";
    var path = Which(program);
    return path is null
        ? new Contender(name, false, Unavailable: $"{program} not installed")
        : new Contender(name, false, File: via ?? path, Args: args);
}

Contender Unavailable(string name, string why) => new(name, false, Unavailable: why);

void Emit(string file, List<string> lines)
{
    var path = Path.Combine(outDir, file);
    File.WriteAllLines(path, lines);
    Console.WriteLine();
    foreach (var l in lines) Console.WriteLine(l);
    Console.WriteLine($"(written to {Rel(path)})");
}

List<string> Header()
{
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim()
        : null;
    var commit = Measure.Process("git", ["-C", root, "rev-parse", "--short", "HEAD"]);
    return
    [
        $"# KeepProxy benchmarks — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC",
        "",
        $"commit `{(commit.ExitCode == 0 ? commit.Output.Trim() : "?")}`, {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), .NET {Environment.Version}, {RuntimeInformation.OSDescription}",
        "",
    ];
}

string? ArgValue(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRoot()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "KeepProxy.sln"))) return d.FullName;
    return Environment.CurrentDirectory;
}

string Rel(string path) => Path.GetRelativePath(root, path);

static string? Which(string program) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin"])
        .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

/// <summary>A contender in one comparison: an in-process call or a process (file + args), or unavailable.</summary>
sealed record Contender(string Name, bool IsOurs, Func<int>? Call = null, string? File = null, string[]? Args = null, string? Unavailable = null)
{
    public string? FirstOutput { get; set; }
}
