// KeepProxy build script (Cake 7, run through ./build.sh).
//
//   Build    dotnet build KeepProxy.sln -c Release
//   Test     apt prerequisites, then every test project under tests/ and conformance/, one trx each;
//            the last line printed is "N passed, N failed" (", N skipped" when any were skipped)
//   Publish  NativeAOT proxyd, vrrpd, keepproxy for linux-x64 into artifacts/bin/
//   Run      the main job: keepproxy lab 000 (root) — article 000 live in network namespaces;
//            --scenario=ID for another, --lab-args="--verify" to replay the article's test steps
//   Check    keepproxy -t over every host folder under configs/seeds and every pair of sibling host
//            folders (the two nodes of an article's scenario)
//   Bench    tests/KeepProxy.Benchmarks (Release); never part of Test
//
// CI (CI=true) runs `./build.sh Test` as root on a fresh Debian 12 clone: missing prerequisites are
// installed with apt there, and anything still missing fails the run instead of skipping suites.

using System.Diagnostics;
using System.Xml.Linq;

var target = Argument("target", "Build");
var configuration = Argument("configuration", "Release");
var ci = string.Equals(EnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

var root = MakeAbsolute(Directory("."));
var solution = root.CombineWithFilePath("KeepProxy.sln");
var artifacts = root.Combine("artifacts");
var binDir = artifacts.Combine("bin");
var testResults = artifacts.Combine("test-results");

// The one list of Debian packages the suites and benchmarks need: package -> a file it installs,
// so a missing package is noticed without asking dpkg for every one.
var aptPrerequisites = new (string Package, string Probe)[]
{
    ("haproxy",    "/usr/sbin/haproxy"),     // reference for the haproxy differential suite and benchmarks
    ("keepalived", "/usr/sbin/keepalived"),  // reference for the keepalived differential suite and benchmarks
    ("nginx",      "/usr/sbin/nginx"),       // backend the articles put behind the VIP / haproxy
    ("iproute2",   "/usr/sbin/ip"),          // network namespaces and veth for multi-host tests
    ("util-linux", "/usr/bin/unshare"),      // unshare --net for keepalived's interface checks
    ("psmisc",     "/usr/bin/killall"),      // killall -0 in the articles' check scripts
    ("procps",     "/usr/bin/pgrep"),        // pidof/pgrep/ps in check scripts and tests
    ("curl",       "/usr/bin/curl"),         // HTTP probes in tests
    ("wrk",        "/usr/bin/wrk"),          // load generator for proxy throughput tests
    ("openssl",    "/usr/bin/openssl"),      // the lab's self-signed certificate for article 003's https bind
    ("perl-base",  "/usr/bin/perl"),         // the lab's MySQL handshake stub (article 003 mysql-check)
};

// The closing line of Test; printed after Cake's own task report so that it is the last line.
string finalLine = null;

string Rel(FilePath p) => root.GetRelativePath(p).FullPath;
string Rel(DirectoryPath p) => root.GetRelativePath(p).FullPath;

// Runs a process with inherited stdout/stderr; returns its exit code.
int Exec(string file, string args, IDictionary<string, string> env = null, DirectoryPath cwd = null)
{
    var settings = new ProcessSettings { Arguments = args, WorkingDirectory = cwd ?? root };
    if (env != null) settings.EnvironmentVariables = env;
    return StartProcess(file, settings);
}

// Runs a process and captures its stdout (stderr passes through).
(int Code, string Out) Capture(string file, string args)
{
    var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = root.FullPath };
    using var p = Process.Start(psi);
    var output = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    return (p.ExitCode, output);
}

void DotNet(string args)
{
    var code = Exec("dotnet", args);
    if (code != 0) throw new Exception($"dotnet {args} exited with {code}");
}

bool IsRoot() => Capture("id", "-u").Out.Trim() == "0";
bool IsDebian() => System.IO.File.Exists("/etc/debian_version") && System.IO.File.Exists("/usr/bin/apt-get");

// ---------------------------------------------------------------------------------------------------

Task("Build")
    .Description("dotnet build KeepProxy.sln -c Release")
    .Does(() =>
{
    DotNet($"build \"{solution}\" -c {configuration} -nologo -clp:NoSummary");
});

Task("Prerequisites")
    .Description("Installs the Debian packages the suites need (root on Debian only)")
    .Does(() =>
{
    string[] Missing() => aptPrerequisites.Where(p => !System.IO.File.Exists(p.Probe)).Select(p => p.Package).ToArray();
    var missing = Missing();
    if (missing.Length == 0) { Information("apt prerequisites: all present"); return; }

    if (IsRoot() && IsDebian())
    {
        Information($"apt prerequisites missing: {string.Join(" ", missing)}; installing");
        var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        // Packaged daemons (nginx, haproxy, keepalived) must not start on install: tests start their own.
        var policy = "/usr/sbin/policy-rc.d";
        var ownPolicy = !System.IO.File.Exists(policy);
        if (ownPolicy) { System.IO.File.WriteAllText(policy, "#!/bin/sh\nexit 101\n"); Exec("chmod", $"755 {policy}"); }
        try
        {
            if (Exec("apt-get", "update -qq", env) != 0) Warning("apt-get update failed");
            if (Exec("apt-get", $"install -y -qq --no-install-recommends {string.Join(" ", missing)}", env) != 0)
                Warning("apt-get install failed");
        }
        finally { if (ownPolicy) System.IO.File.Delete(policy); }
        missing = Missing();
    }

    if (missing.Length == 0) return;
    var message = $"missing prerequisites: {string.Join(" ", missing)} (run ./build.sh Test as root on Debian to install them)";
    if (ci) throw new Exception("CI=true and " + message);
    Warning(message + "; suites that need them will fail or skip");
});

Task("Test")
    .Description("Runs every test project; last line: N passed, N failed")
    .IsDependentOn("Prerequisites")
    .IsDependentOn("Build")
    .Does(() =>
{
    var clock = Stopwatch.StartNew();
    var projects = DiscoverTestProjects();
    Information($"discovery: {clock.Elapsed.TotalSeconds:0.0} s");
    if (projects.Count == 0) throw new Exception("no test projects found under tests/ or conformance/");

    CleanDirectory(testResults);
    int passed = 0, failed = 0, skipped = 0;
    var broken = new List<string>();
    foreach (var (project, name) in projects)
    {
        var results = testResults.Combine(name);
        Information($"==> {name}");
        var started = clock.Elapsed.TotalSeconds;
        var code = Exec("dotnet",
            $"test \"{project}\" --no-build -c {configuration} --nologo " +
            $"--logger \"trx;LogFileName={name}.trx\" --results-directory \"{results}\" " +
            // A hung assembly must not eat CI's 90 minutes: abort it (counted below as failed to run).
            "--blame-hang-timeout 20m --blame-hang-dump-type none");

        Information($"<== {name}: exit {code}, {clock.Elapsed.TotalSeconds - started:0.0} s");
        var trx = System.IO.Directory.Exists(results.FullPath)
            ? System.IO.Directory.GetFiles(results.FullPath, "*.trx", System.IO.SearchOption.AllDirectories)
            : Array.Empty<string>();
        if (trx.Length == 0) { broken.Add($"{name}: no trx written (exit code {code})"); continue; }

        int p = 0, f = 0, s = 0;
        var aborted = false;
        foreach (var file in trx)
        {
            var (tp, tf, ts, ta) = CountTrx(file);
            p += tp; f += tf; s += ts; aborted |= ta;
        }
        passed += p; failed += f; skipped += s;
        if (p + f + s == 0 && code == 0) Warning($"{name}: ran no test");
        if (aborted) broken.Add($"{name}: test run aborted (exit code {code})");
        else if (code != 0 && f == 0) broken.Add($"{name}: dotnet test exited with {code} but reported no failed test");
    }

    // A test assembly that could not run counts as one failure, so the closing line never reads clean.
    failed += broken.Count;
    Information("");
    foreach (var b in broken) Error($"test assembly failed to run: {b}");
    finalLine = $"{passed} passed, {failed} failed" + (skipped > 0 ? $", {skipped} skipped" : "");
    if (failed > 0) throw new Exception($"{failed} test(s) failed" + (broken.Count > 0 ? $" ({broken.Count} assembly failure(s))" : ""));
});

// Every *.csproj under tests/ and conformance/ whose MSBuild evaluation says IsTestProject=true, so a new
// test project is picked up without editing this script. It must also be in the solution (Build builds
// only the solution and Test runs with --no-build).
List<(FilePath Project, string Name)> DiscoverTestProjects()
{
    var slnText = System.IO.File.ReadAllText(solution.FullPath).Replace('\\', '/');
    var candidates = GetFiles("./tests/**/*.csproj").Concat(GetFiles("./conformance/**/*.csproj"))
        .Where(f => !f.FullPath.Contains("/bin/") && !f.FullPath.Contains("/obj/"))
        .OrderBy(f => f.FullPath, StringComparer.Ordinal)
        .ToList();

    // One MSBuild process evaluates them all (a separate `dotnet msbuild -getProperty` per project costs
    // ~0.8 s each): a throwaway project under tools/ (git-ignored) asks each candidate for IsTestProject
    // through a target injected with CustomAfterMicrosoftCommonTargets.
    var probeDir = root.Combine("tools/test-discovery");
    EnsureDirectoryExists(probeDir);
    var targets = probeDir.CombineWithFilePath("IsTestProject.targets").FullPath;
    System.IO.File.WriteAllText(targets, """
        <Project>
          <Target Name="KpIsTestProject" Returns="@(KpIsTestProject)">
            <ItemGroup><KpIsTestProject Include="$(MSBuildProjectFullPath)" IsTestProject="$(IsTestProject)" /></ItemGroup>
          </Target>
        </Project>
        """);
    var probe = probeDir.CombineWithFilePath("discover.proj").FullPath;
    System.IO.File.WriteAllText(probe, $$"""
        <Project>
          <ItemGroup>
        {{string.Join("\n", candidates.Select(c => $"    <Candidate Include=\"{c.FullPath}\" />"))}}
          </ItemGroup>
          <Target Name="Discover">
            <MSBuild Projects="@(Candidate)" Targets="KpIsTestProject" BuildInParallel="false"
                     Properties="Configuration={{configuration}};CustomAfterMicrosoftCommonTargets={{targets}}">
              <Output TaskParameter="TargetOutputs" ItemName="Found" />
            </MSBuild>
            <Message Importance="high" Text="@(Found->'KP:%(IsTestProject):%(Identity)', '%0A')" />
          </Target>
        </Project>
        """);
    var (code, output) = Capture("dotnet", $"msbuild \"{probe}\" -nologo -v:m -t:Discover");
    if (code != 0) throw new Exception($"test project discovery failed:\n{output}");
    var answers = output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("KP:"))
        .Select(l => l.Substring(3).Split(':', 2))
        .ToDictionary(p => System.IO.Path.GetFullPath(p[1]), p => p[0].Equals("true", StringComparison.OrdinalIgnoreCase));
    var evaluated = candidates.Select(f => (Project: f,
        IsTest: answers.TryGetValue(f.FullPath, out var t) ? t : throw new Exception($"discovery did not answer for {Rel(f)}"))).ToList();

    var result = new List<(FilePath, string)>();
    foreach (var (project, isTest) in evaluated)
    {
        if (!isTest) continue;
        if (!slnText.Contains(Rel(project), StringComparison.Ordinal))
            throw new Exception($"{Rel(project)} is a test project but not in KeepProxy.sln: dotnet sln add {Rel(project)}");
        result.Add((project, project.GetFilenameWithoutExtension().FullPath));
    }
    Information($"test projects: {string.Join(", ", result.Select(r => r.Item2))}");
    return result;
}

// Counts one VSTest trx file: per-test outcomes (xunit's skipped tests are "NotExecuted"), and whether the
// run itself was aborted (test host crash or hang), which leaves the counters short.
(int Passed, int Failed, int Skipped, bool Aborted) CountTrx(string file)
{
    var doc = XDocument.Load(file);
    XNamespace ns = doc.Root.Name.Namespace;
    int passed = 0, failed = 0, skipped = 0;
    foreach (var r in doc.Descendants(ns + "UnitTestResult"))
    {
        switch ((string)r.Attribute("outcome"))
        {
            case "Passed": passed++; break;
            case "NotExecuted": case "Inconclusive": case "Pending": skipped++; break;
            default: failed++; break; // Failed, Error, Timeout, Aborted, …
        }
    }
    var outcome = (string)doc.Descendants(ns + "ResultSummary").FirstOrDefault()?.Attribute("outcome");
    var aborted = outcome is "Aborted" or "Error" or "Timeout"
        || (outcome == "Failed" && failed == 0);
    return (passed, failed, skipped, aborted);
}

Task("Publish")
    .Description("NativeAOT proxyd, vrrpd, keepproxy (linux-x64) into artifacts/bin/")
    .WithCriteria(() => !(target == "Bench" && HasArgument("no-publish")), "--no-publish")
    .Does(() =>
{
    EnsureDirectoryExists(binDir);
    foreach (var app in new[] { "proxyd", "vrrpd", "keepproxy" })
        DotNet($"publish src/{app}/{app}.csproj -r linux-x64 -c {configuration} -p:PublishAot=true -nologo -clp:NoSummary -o \"{binDir}\"");
    foreach (var app in new[] { "proxyd", "vrrpd", "keepproxy" })
    {
        var f = binDir.CombineWithFilePath(app);
        Information($"  {Rel(f),-28} {new System.IO.FileInfo(f.FullPath).Length / 1024.0 / 1024.0,6:0.00} MiB");
    }
});

// The main job: the lab. `./build.sh Run` stands article 000 up in network namespaces (root) with the live view;
// --scenario=ID picks another one (`keepproxy lab` lists them), --lab-args passes options (e.g. "--verify").
Task("Run")
    .Description("The main job: keepproxy lab (article 000 by default) — the articles' HA setup live in network namespaces")
    .IsDependentOn("Prerequisites")
    .Does(() =>
{
    DotNet($"build src/keepproxy/keepproxy.csproj -c {configuration} -nologo -clp:NoSummary -v:q");
    var keepproxy = root.CombineWithFilePath($"src/keepproxy/bin/{configuration}/net10.0/keepproxy").FullPath;
    var scenario = Argument("scenario", "000");
    var labArgs = Argument("lab-args", "");
    var code = Exec(keepproxy, $"lab {scenario} {labArgs}");
    if (code != 0 && code != 130) throw new Exception($"keepproxy lab exited with {code}");
});

Task("Check")
    .Description("keepproxy -t on every host of configs/seeds and on each pair of nodes")
    .Does(() =>
{
    DotNet($"build src/keepproxy/keepproxy.csproj -c {configuration} -nologo -clp:NoSummary -v:q");
    var keepproxy = root.CombineWithFilePath($"src/keepproxy/bin/{configuration}/net10.0/keepproxy").FullPath;
    var seeds = root.Combine("configs/seeds");
    if (!DirectoryExists(seeds)) throw new Exception("configs/seeds not found");

    // A host folder holds a node's configs; its siblings are the other nodes of the same scenario.
    var hosts = System.IO.Directory.GetDirectories(seeds.FullPath, "*", System.IO.SearchOption.AllDirectories)
        .Where(d => System.IO.Directory.GetFiles(d).Any(f => System.IO.Path.GetFileName(f) is var n
            && (n.StartsWith("keepalived") && n.EndsWith(".conf") || n.StartsWith("haproxy") && n.EndsWith(".cfg"))))
        .OrderBy(d => d, StringComparer.Ordinal)
        .ToList();
    var runs = new List<string[]>();
    runs.AddRange(hosts.Select(h => new[] { h }));
    // Pairs: sibling folders that are both VRRP nodes (hold a keepalived*.conf), e.g. svr1 + svr2.
    bool IsVrrpNode(string d) => System.IO.Directory.GetFiles(d, "keepalived*.conf").Length > 0;
    foreach (var group in hosts.Where(IsVrrpNode).GroupBy(h => System.IO.Path.GetDirectoryName(h)))
    {
        var nodes = group.ToList();
        for (var i = 0; i < nodes.Count; i++)
            for (var j = i + 1; j < nodes.Count; j++)
                runs.Add(new[] { nodes[i], nodes[j] });
    }

    var verdicts = new List<(string What, int Code)>();
    foreach (var paths in runs)
    {
        var shown = string.Join(" ", paths.Select(p => root.GetRelativePath(DirectoryPath.FromString(p)).FullPath));
        Console.WriteLine();
        Console.WriteLine($"$ keepproxy -t {shown}");
        var code = Exec(keepproxy, "-t " + string.Join(" ", paths.Select(p => $"\"{System.IO.Path.GetRelativePath(root.FullPath, p)}\"")));
        verdicts.Add((shown, code));
    }

    Console.WriteLine();
    Console.WriteLine("| keepproxy -t | exit |");
    Console.WriteLine("|---|---|");
    foreach (var (what, code) in verdicts) Console.WriteLine($"| `{what}` | {code} |");
    // Verdicts are the output; only a crash (unhandled exception → SIGABRT, 134) fails the job.
    var crashed = verdicts.Where(v => v.Code >= 128).ToList();
    if (crashed.Count > 0) throw new Exception($"keepproxy crashed on: {string.Join("; ", crashed.Select(c => c.What))}");
});

// Bench publishes first so the NativeAOT rows time the current code; --no-publish reuses artifacts/bin.
// Extra benchmark arguments: --bench-args="--runs 9 --startup-runs 30 --keep".
Task("Bench")
    .Description("Benchmarks (tests/KeepProxy.Benchmarks, Release) after Publish; never part of Test")
    .IsDependentOn("Prerequisites")
    .IsDependentOn("Publish")
    .Does(() =>
{
    DotNet($"build tests/KeepProxy.Benchmarks/KeepProxy.Benchmarks.csproj -c {configuration} -nologo -clp:NoSummary -v:q");
    var benchArgs = Argument("bench-args", "");
    var code = Exec("dotnet", $"tests/KeepProxy.Benchmarks/bin/{configuration}/net10.0/KeepProxy.Benchmarks.dll --root \"{root}\" {benchArgs}");
    if (code != 0) throw new Exception($"benchmarks exited with {code}");
});

Task("Default").IsDependentOn("Build");

// RunTarget prints Cake's task report when it returns; the Test summary goes after it, as the last line.
var succeeded = true;
try { RunTarget(target); }
catch (Exception e)
{
    // Cake names the failed task; the reason is ours to print once the exception is caught here.
    succeeded = false;
    Console.Out.Flush();
    Console.Error.WriteLine($"Error: {(e is AggregateException a ? a.Flatten().InnerExceptions[0] : e).Message}");
    Console.Error.Flush();
}
if (finalLine != null) Console.WriteLine(finalLine);
if (!succeeded) Environment.Exit(1);
