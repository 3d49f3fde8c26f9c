using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>The corpus, the records and improvements.tsv stay consistent with each other.</summary>
public sealed class CorpusTests
{
    public static IEnumerable<object[]> Languages() => [["haproxy"], ["keepalived"]];

    [Fact]
    public void Corpus_BeyondConfigs_HoldsAtLeast300Cases()
    {
        int cases = CaseFiles("haproxy").Count + CaseFiles("keepalived").Count;
        Assert.True(cases >= 300, $"only {cases} cases under conformance/config-check/cases");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Records_EveryCaseAndConfig_IsRecordedInEveryMode(string language)
    {
        var lang = ConfigLanguageNames.Parse(language);
        var recorded = RecordStore.Load(lang).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        string[] modes = lang == ConfigLanguage.HAProxy ? ["plain"] : ["ifaces", "bare"];
        var missing = CaseFiles(language).Concat(ArticleConfigs(language))
            .SelectMany(c => modes.Select(m => $"{c}|{m}"))
            .Where(k => !recorded.Contains(k))
            .ToArray();
        Assert.True(missing.Length == 0, "not recorded (run conformance/config-check/record.sh):\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Records_EveryRecord_NamesAnExistingCase(string language)
    {
        var stale = RecordStore.Load(ConfigLanguageNames.Parse(language))
            .Where(r => !File.Exists(Path.Combine(Workspace.Root, r.Case)) && !Directory.Exists(Path.Combine(Workspace.Root, r.Case)))
            .Select(r => r.Key)
            .ToArray();
        Assert.True(stale.Length == 0, "records of deleted cases (run record.sh):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Improvements_EveryEntry_AppliesToARecord()
    {
        var unused = ImprovementList.All
            .Where(i => !RecordStore.Load(ConfigLanguageNames.Parse(i.Language)).Any(r => i.AppliesTo(i.Language, r)))
            .Select(i => $"{i.Language} {i.Case} {i.Mode} {i.Field}")
            .ToArray();
        Assert.True(unused.Length == 0, "improvements.tsv entries that match no record:\n" + string.Join("\n", unused));
    }

    [Fact]
    public void Normalizer_HAProxyPidAndExecutable_AreMasked()
    {
        string raw = "[NOTICE]   (7991) : haproxy version is 2.6.12-1+deb12u4\n[NOTICE]   (7991) : path to executable is /usr/sbin/haproxy\n[ALERT]    (7991) : config : parsing [f.cfg:2] : x\n";
        var output = OutputNormalizer.Make(ConfigLanguage.HAProxy, 1, "", raw);
        Assert.Equal("[NOTICE]   (PID) : haproxy version is 2.6.12-1+deb12u4\n[NOTICE]   (PID) : path to executable is (EXE)\n[ALERT]    (PID) : config : parsing [f.cfg:2] : x\n", output.Stderr);
        Assert.Equal("f.cfg:2", output.First);
        Assert.Equal(OutputNormalizer.Invalid, output.Verdict);
    }

    [Fact]
    public void Normalizer_KeepalivedFileLessLine_GivesColonLine()
    {
        var output = OutputNormalizer.Make(ConfigLanguage.Keepalived, 0, "", "(Line 3) Unknown keyword 'bogus'\n(a.conf: Line 7) x\n");
        Assert.Equal(":3", output.First);
        Assert.Equal(OutputNormalizer.ValidWithWarnings, output.Verdict);
    }

    private static List<string> CaseFiles(string language)
    {
        string dir = Path.Combine(Workspace.SuiteDirectory, "cases", language);
        string ext = language == "haproxy" ? "*.cfg" : "*.conf";
        return Directory.EnumerateFiles(dir, ext).Concat(Directory.EnumerateDirectories(dir))
            .Select(p => Path.GetRelativePath(Workspace.Root, p).Replace('\\', '/'))
            .ToList();
    }

    private static IEnumerable<string> ArticleConfigs(string language) =>
        Directory.EnumerateFiles(Path.Combine(Workspace.Root, "configs"), language == "haproxy" ? "haproxy*.cfg" : "keepalived*.conf", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Workspace.Root, p).Replace('\\', '/'));
}
