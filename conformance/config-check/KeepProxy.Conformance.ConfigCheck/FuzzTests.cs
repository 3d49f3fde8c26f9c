using System.Collections.Concurrent;
using System.Diagnostics;
using KeepProxy.Conformance.Mutation;
using Xunit.Abstractions;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// Property test over random mutations of the articles' configs and a few corpus files, fed to both checks
/// in-process: no exception ever; exit codes are the reference's (haproxy 0/1/2, keepalived 0/2/5/6); every rejection
/// prints a diagnostic that names a file and line, or one of the whole-config messages the reference itself prints
/// without one (<see cref="WholeConfigMessages"/>).
/// The run seed is printed; reproduce with KEEPPROXY_FUZZ_SEED=&lt;seed&gt; (KEEPPROXY_FUZZ_COUNT changes the count).
/// </summary>
public sealed class FuzzTests
{
    public const int DefaultCount = 10_000;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150);

    private static readonly string[] HAProxyCorpusSources =
    [
        "valid-minimal.cfg", "if-elif.cfg", "env-var-default.cfg", "quote-double-ok.cfg", "userlist-ok.cfg", "cache-ok.cfg",
        "stats-uri.cfg", "named-defaults.cfg",
    ];

    private static readonly string[] KeepalivedCorpusSources =
    [
        "global-defs-full.conf", "vs-ok.conf", "http-get-ok.conf", "sync-group-ok.conf", "define-simple.conf",
        "seq-real-servers.conf", "conditional-config-id.conf", "brace-close-after-statement.conf",
    ];

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output)
    {
        _output = output;
        Workspace.EnterRoot();
    }

    [Fact]
    public async Task Checks_RandomMutations_NeverThrowAndEveryRejectionNamesALine()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("KEEPPROXY_FUZZ_SEED"), out int s) ? s : Environment.TickCount & 0x7fffffff;
        int count = int.TryParse(Environment.GetEnvironmentVariable("KEEPPROXY_FUZZ_COUNT"), out int c) ? c : DefaultCount;
        _output.WriteLine($"fuzz seed {seed}, {count} mutations (reproduce: KEEPPROXY_FUZZ_SEED={seed})");

        var sources = new Dictionary<ConfigLanguage, (string Path, byte[] Bytes)[]>
        {
            [ConfigLanguage.HAProxy] = Sources("haproxy*.cfg", "haproxy", HAProxyCorpusSources),
            [ConfigLanguage.Keepalived] = Sources("keepalived*.conf", "keepalived", KeepalivedCorpusSources),
        };
        Assert.All(sources.Values, v => Assert.NotEmpty(v));

        string work = Path.Combine(Path.GetTempPath(), $"keepproxy-fuzz-{seed}-{Environment.ProcessId}");
        string saved = Path.Combine(Path.GetTempPath(), $"keepproxy-fuzz-failures-{seed}");
        Directory.CreateDirectory(work);
        var failures = new ConcurrentBag<FuzzFailure>();
        var current = new int[2];
        var stats = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        try
        {
            var workers = Enumerable.Range(0, 2).Select(w => Task.Factory.StartNew(() =>
            {
                for (int i = w; i < count; i += 2)
                {
                    Volatile.Write(ref current[w], i);
                    var language = i % 4 < 2 ? ConfigLanguage.HAProxy : ConfigLanguage.Keepalived;
                    var pool = sources[language];
                    var rng = new Random(unchecked(seed * 1_000_003 + i));
                    var (sourcePath, bytes) = pool[rng.Next(pool.Length)];
                    var mutation = new Mutator(rng.Next(), language).Raw(bytes);
                    string file = Path.Combine(work, $"w{w}" + (language == ConfigLanguage.HAProxy ? ".cfg" : ".conf"));
                    File.WriteAllBytes(file, mutation.Bytes);
                    string? problem = Check(language, file, stats);
                    if (problem is not null && failures.Count < 200)
                    {
                        Directory.CreateDirectory(saved);
                        string keep = Path.Combine(saved, $"{i}-{Path.GetFileName(sourcePath)}");
                        File.WriteAllBytes(keep, mutation.Bytes);
                        failures.Add(new FuzzFailure(i, ConfigLanguageNames.Name(language), sourcePath, string.Join("; ", mutation.Operations), problem, keep));
                    }
                }
            }, TaskCreationOptions.LongRunning)).ToArray();

            var all = Task.WhenAll(workers);
            bool finished = await Task.WhenAny(all, Task.Delay(Deadline)) == all;
            if (finished)
            {
                await all;
            }

            Assert.True(finished, $"seed {seed}: fuzz run did not finish in {Deadline.TotalSeconds} s; stuck at mutations {current[0]} and {current[1]} (a hang in a parser?)");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        _output.WriteLine($"{count} mutations in {clock.Elapsed.TotalSeconds:F1} s: " + string.Join(", ", stats.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        var list = failures.OrderBy(f => f.Index).ToArray();
        Assert.True(list.Length == 0,
            $"seed {seed}: {list.Length}{(list.Length >= 200 ? "+" : "")} of {count} mutations broke a property (inputs saved under {saved}):\n" +
            string.Join("\n", list.GroupBy(f => f.Problem.Split('\n')[0]).Select(g =>
                $"  {g.Count()} x {g.Key}\n    e.g. #{g.First().Index} {g.First().Language} from {g.First().Source} [{g.First().Operations}] -> {g.First().SavedInput}")));
    }

    /// <summary>Returns what is wrong with one check of one mutated file, or null.</summary>
    private static string? Check(ConfigLanguage language, string file, ConcurrentDictionary<string, int> stats)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit;
        try
        {
            exit = language == ConfigLanguage.HAProxy
                ? KeepProxy.Config.HAProxy.HAProxyConfigCheck.Run(new KeepProxy.Config.HAProxy.HAProxyCheckOptions([file], Environment: SuiteInputs.HAProxyEnvironment, Pid: InProcessChecks.Pid), stdout, stderr)
                : KeepProxy.Config.Keepalived.KeepalivedConfigCheck.Run(new KeepProxy.Config.Keepalived.KeepalivedCheckOptions(file, SuiteInputs.Interfaces("ifaces"), "kpconf"), stdout, stderr);
        }
        catch (Exception e)
        {
            stats.AddOrUpdate("exceptions", 1, static (_, n) => n + 1);
            return $"threw {e.GetType().Name}: {e.Message.Split('\n')[0]}\n{e.StackTrace?.Split('\n').FirstOrDefault()}";
        }

        string name = ConfigLanguageNames.Name(language);
        stats.AddOrUpdate($"{name} exit {exit}", 1, static (_, n) => n + 1);
        // keepalived -t: 5 config error, 6 script security, 2 a fatal parse error ("*** Configuration line starting …").
        int[] allowed = language == ConfigLanguage.HAProxy ? [0, 1, 2] : [0, 2, 5, 6];
        if (!allowed.Contains(exit))
        {
            return $"{name} exit code {exit} (the reference uses {string.Join("/", allowed)})";
        }

        if (exit == 0)
        {
            return null;
        }

        var lines = OutputNormalizer.Lines(stdout.ToString()).Concat(OutputNormalizer.Lines(stderr.ToString())).Where(l => l.Length > 0).ToArray();
        if (lines.Any(l => WholeConfigMessages.NamesFileAndLine(language, l) || WholeConfigMessages.IsWholeConfig(language, l)))
        {
            return null;
        }

        return $"{name} rejected (exit {exit}) without naming a file:line: {RecordComparer.Shape(lines.FirstOrDefault() ?? "(no output)")}";
    }

    private static (string, byte[])[] Sources(string articlePattern, string language, string[] corpus) =>
        Directory.EnumerateFiles(Path.Combine(Workspace.Root, "configs", "seeds"), articlePattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Concat(corpus.Select(c => Path.Combine(Workspace.SuiteDirectory, "cases", language, c)))
            .Select(p => (Path.GetRelativePath(Workspace.Root, p), File.ReadAllBytes(p)))
            .ToArray();
}
