using System.Text.RegularExpressions;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// Compares our output with the reference's: exit code, verdict, first diagnostic's file:line, and the set of output
/// lines. Only the reviewed entries of improvements.tsv may excuse a difference.
/// </summary>
public static partial class RecordComparer
{
    public static IReadOnlyList<Difference> Compare(string language, CheckRecord expected, CheckOutput ours, IReadOnlyList<Improvement> improvements)
    {
        var rules = improvements.Where(i => i.AppliesTo(language, expected)).ToArray();
        var differences = new List<Difference>();
        if (ours.Exception is not null)
        {
            string first = ours.Exception.Split('\n')[0].Trim();
            differences.Add(new Difference("exception", $"exception: {Shape(first)}", first));
            return differences;
        }

        Check("exit", expected.Exit.ToString(), ours.Exit.ToString());
        Check("verdict", expected.Verdict, ours.Verdict);
        Check("first", expected.First, ours.First);

        var reference = OutputNormalizer.DiagnosticLines(ToOutput(expected)).ToHashSet(StringComparer.Ordinal);
        var mine = OutputNormalizer.DiagnosticLines(ours).ToHashSet(StringComparer.Ordinal);
        foreach (string line in reference.Where(l => !mine.Contains(l)))
        {
            if (!rules.Any(r => r.Field == "missing-line" && r.Matches(line)))
            {
                differences.Add(new Difference("missing-line", $"missing: {Shape(line)}", line));
            }
        }

        foreach (string line in mine.Where(l => !reference.Contains(l)))
        {
            if (!rules.Any(r => r.Field == "extra-line" && r.Matches(line)))
            {
                differences.Add(new Difference("extra-line", $"extra: {Shape(line)}", line));
            }
        }

        return differences;

        void Check(string field, string reference, string actual)
        {
            var rule = rules.FirstOrDefault(r => r.Field == field);
            string want = rule?.Value ?? reference;
            if (want != actual)
            {
                string note = rule is null ? "" : $" (improvements.tsv: {rule.Reason})";
                differences.Add(new Difference(field, $"{field}: want {want}, got {actual}", $"reference {reference}, want {want}, ours {actual}{note}"));
            }
        }
    }

    public static CheckOutput ToOutput(CheckRecord r) => new(r.Exit, r.Stdout, r.Stderr, r.Verdict, r.First);

    /// <summary>A message with its particulars masked, so that the same kind of difference groups together.</summary>
    public static string Shape(string line)
    {
        line = Quoted().Replace(line, "'…'");
        line = Location().Replace(line, "FILE:N");
        line = Numbers().Replace(line, "N");
        return line.Length > 140 ? line[..140] + "…" : line;
    }

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\w./-]+\.(cfg|conf|http)(:| Line )\d*")]
    private static partial Regex Location();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
