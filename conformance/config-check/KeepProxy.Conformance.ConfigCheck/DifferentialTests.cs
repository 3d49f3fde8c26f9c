using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// One case per committed record: our in-process check with the record's inputs must print what the reference
/// printed (exit code, verdict, first diagnostic's file:line, set of output lines), except where improvements.tsv
/// documents a reviewed difference.
/// </summary>
[Collection(DifferentialCollection.Name)]
public sealed class DifferentialTests
{
    private readonly AgreementLog _log;

    public DifferentialTests(AgreementLog log)
    {
        _log = log;
        Workspace.EnterRoot();
    }

    public static IEnumerable<object[]> HAProxyRecords() => Keys(ConfigLanguage.HAProxy);

    public static IEnumerable<object[]> KeepalivedRecords() => Keys(ConfigLanguage.Keepalived);

    [Theory]
    [MemberData(nameof(HAProxyRecords))]
    public void HAProxyCheck_RecordedCase_AgreesWithReference(RecordId record) => Verify(ConfigLanguage.HAProxy, record.Key);

    [Theory]
    [MemberData(nameof(KeepalivedRecords))]
    public void KeepalivedCheck_RecordedCase_AgreesWithReference(RecordId record) => Verify(ConfigLanguage.Keepalived, record.Key);

    private void Verify(ConfigLanguage language, string key)
    {
        var record = RecordStore.Find(language, key);
        string name = ConfigLanguageNames.Name(language);
        var ours = InProcessChecks.Run(language, record.Args, record.Mode);
        var differences = RecordComparer.Compare(name, record, ours, ImprovementList.All);
        _log.Add(name, record, ours, differences);
        Assert.True(differences.Count == 0, Explain(record, ours, differences));
    }

    internal static string Explain(CheckRecord record, CheckOutput ours, IReadOnlyList<Difference> differences) =>
        $"{record.Key}: {string.Join(' ', record.Args)}\n" +
        string.Join("\n", differences.Select(d => "  " + d)) +
        $"\n--- reference (exit {record.Exit}) stdout:\n{record.Stdout}--- reference stderr:\n{record.Stderr}" +
        $"--- ours (exit {ours.Exit}) stdout:\n{ours.Stdout}--- ours stderr:\n{ours.Stderr}" +
        (ours.Exception is null ? "" : $"--- ours threw:\n{ours.Exception}");

    private static IEnumerable<object[]> Keys(ConfigLanguage language) =>
        RecordStore.Load(language).Select(r => new object[] { new RecordId(ConfigLanguageNames.Name(language), r.Key) });
}
