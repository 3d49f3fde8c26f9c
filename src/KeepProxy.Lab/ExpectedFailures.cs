using KeepProxy.Lab.Specs;

namespace KeepProxy.Lab;

/// <summary>conformance/lab/expected-failures.txt: "SCENARIO IMPLEMENTATION" per line, # comments. The one list
/// of lab runs allowed to fail until vrrpd/proxyd land.</summary>
public sealed class ExpectedFailures
{
    private readonly HashSet<(string, Implementation)> _entries;

    private ExpectedFailures(HashSet<(string, Implementation)> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static ExpectedFailures Parse(string text)
    {
        var set = new HashSet<(string, Implementation)>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (parts.Length != 2 || !ImplementationNames.TryParse(parts[1], out var impl))
                throw new FormatException($"expected-failures.txt line {lineNo}: expected 'SCENARIO reference|keepproxy|mixed', got '{raw.Trim()}'");
            set.Add((parts[0], impl));
        }
        return new ExpectedFailures(set);
    }

    public bool IsExpectedToFail(string scenario, Implementation impl) => _entries.Contains((scenario, impl));
}
