using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// Re-runs the reference program live on a sample of the records (every <see cref="Stride"/>th, plus every article
/// config) and compares our output with that live run, under the same rules as the records. When the reference binary
/// is missing (or, for keepalived, the test is not root) the sample is skipped, except under CI=true, where that is a
/// failure: CI installs the references and runs as root.
/// </summary>
public sealed class LiveReferenceTests
{
    public const int Stride = 9;

    public LiveReferenceTests() => Workspace.EnterRoot();

    public static IEnumerable<object[]> Sample() =>
        new[] { ConfigLanguage.HAProxy, ConfigLanguage.Keepalived }
            .SelectMany(l => RecordStore.Load(l)
                .Where((r, i) => i % Stride == 0 || r.Case.StartsWith("configs/", StringComparison.Ordinal))
                .Select(r => new object[] { new RecordId(ConfigLanguageNames.Name(l), r.Key) }));

    [Theory]
    [MemberData(nameof(Sample))]
    public void OurCheck_LiveReferenceRun_Agrees(RecordId id)
    {
        string language = id.Language, record = id.Key;
        var lang = ConfigLanguageNames.Parse(language);
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (ReferenceRunner.Executable(lang) is null)
        {
            Assert.False(ci, $"CI=true but the reference {language} is not installed: the test command must install it");
            return;
        }

        // keepalived runs in a private network namespace (unshare --net), which needs root.
        if (lang == ConfigLanguage.Keepalived && !Environment.IsPrivilegedProcess)
        {
            Assert.False(ci, "CI=true but not root: the live keepalived runs need unshare --net");
            return;
        }

        var recorded = RecordStore.Find(lang, record);
        var live = ReferenceRunner.Run(lang, recorded.Args, recorded.Mode);
        var liveRecord = recorded with { Exit = live.Exit, Stdout = live.Stdout, Stderr = live.Stderr, Verdict = live.Verdict, First = live.First };
        var ours = InProcessChecks.Run(lang, recorded.Args, recorded.Mode);
        var differences = RecordComparer.Compare(language, liveRecord, ours, ImprovementList.All);
        string drift = live.Exit == recorded.Exit && live.Stdout == recorded.Stdout && live.Stderr == recorded.Stderr
            ? ""
            : "\n(note: the live reference differs from the committed record; re-run conformance/config-check/record.sh)";
        Assert.True(differences.Count == 0, DifferentialTests.Explain(liveRecord, ours, differences) + drift);
    }
}
