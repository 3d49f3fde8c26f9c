namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>Loads improvements.tsv: language, case, mode, field, value, reason (tab-separated; # comments).</summary>
public static class ImprovementList
{
    private static readonly Lazy<IReadOnlyList<Improvement>> LazyAll = new(Load);

    public static IReadOnlyList<Improvement> All => LazyAll.Value;

    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "exit", "verdict", "first", "extra-line", "missing-line" };

    private static IReadOnlyList<Improvement> Load()
    {
        var list = new List<Improvement>();
        int n = 0;
        foreach (string line in File.ReadLines(Path.Combine(Workspace.SuiteDirectory, "improvements.tsv")))
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != 6 || !Fields.Contains(f[3]) || f[5].Trim().Length == 0)
            {
                throw new InvalidDataException($"improvements.tsv:{n}: expected 6 tab-separated fields (language, case, mode, field, value, reason) with a known field and a reason");
            }

            if (f[1] == "*" && f[3] is not ("extra-line" or "missing-line"))
            {
                throw new InvalidDataException($"improvements.tsv:{n}: only line rules may apply to every case");
            }

            list.Add(new Improvement(f[0], f[1], f[2], f[3], f[4], f[5]));
        }

        return list;
    }
}
