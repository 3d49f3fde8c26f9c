using System.Collections.Concurrent;
using System.Text;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// Collects every differential outcome of a run and, when the collection ends, writes the agreement figure and the
/// disagreements grouped by cause to bin/…/config-check-agreement.txt (the parser engineers' to-do list).
/// </summary>
public sealed class AgreementLog : IDisposable
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Difference>> _outcomes = new();
    private readonly ConcurrentDictionary<string, string> _ours = new();

    public static string ReportPath => Path.Combine(AppContext.BaseDirectory, "config-check-agreement.txt");

    public static string OursPath => Path.Combine(AppContext.BaseDirectory, "config-check-ours.jsonl");

    public void Add(string language, CheckRecord record, CheckOutput ours, IReadOnlyList<Difference> differences)
    {
        _outcomes[$"{language} {record.Key}"] = differences;
        _ours[$"{language} {record.Key}"] = System.Text.Json.JsonSerializer.Serialize(new
        {
            language, @case = record.Case, mode = record.Mode, exit = ours.Exit, stdout = ours.Stdout, stderr = ours.Stderr,
            verdict = ours.Verdict, first = ours.First, exception = ours.Exception, differences = differences.Select(d => d.ToString()),
        });
    }

    public void Dispose()
    {
        if (_outcomes.IsEmpty)
        {
            return;
        }

        var sb = new StringBuilder();
        foreach (string language in new[] { "haproxy", "keepalived" })
        {
            var mine = _outcomes.Where(o => o.Key.StartsWith(language + " ", StringComparison.Ordinal)).ToArray();
            if (mine.Length > 0)
            {
                sb.AppendLine($"{language}: {mine.Count(o => o.Value.Count == 0)} of {mine.Length} records agree");
            }
        }

        int all = _outcomes.Count, agree = _outcomes.Count(o => o.Value.Count == 0);
        sb.AppendLine($"total: {agree} of {all} records agree");
        sb.AppendLine();
        sb.AppendLine("Disagreements by cause (a record counts once per cause; the first 3 records shown):");
        var byCause = _outcomes
            .SelectMany(o => o.Value.Select(d => d.Cause).Distinct().Select(c => (Cause: c, Record: o.Key)))
            .GroupBy(x => x.Cause)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in byCause)
        {
            sb.AppendLine($"{g.Count(),5}  {g.Key}");
            foreach (var x in g.OrderBy(x => x.Record, StringComparer.Ordinal).Take(3))
            {
                sb.AppendLine($"         {x.Record}");
            }
        }

        File.WriteAllText(ReportPath, sb.ToString());
        File.WriteAllLines(OursPath, _ours.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Value));
    }
}
