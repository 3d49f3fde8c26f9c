namespace KeepProxy.Proxyd;

/// <summary>
/// haproxy's command line as proxyd understands it. haproxy's syntax does not fit a standard parser (<c>-sf</c> takes
/// every following PID, <c>-f</c> repeats, files may follow <c>--</c>, <c>-dW</c> is one flag), so the arguments are
/// pre-processed here into this record; System.CommandLine then only sees the canonical form.
/// </summary>
public sealed record HAProxyArgs(
    bool Check,
    bool Quiet,
    bool WarningsFatal,
    string? Condition,
    int Version,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Ignored,
    string? Error)
{
    /// <summary>Flags haproxy 2.6 accepts that take one value.</summary>
    private static readonly HashSet<string> WithValue = new(StringComparer.Ordinal) { "-p", "-x", "-L", "-N", "-C", "-m", "-n", "-S" };

    public static HAProxyArgs Parse(IReadOnlyList<string> args)
    {
        bool check = false, quiet = false, dW = false;
        string? cond = null;
        int version = 0;
        var files = new List<string>();
        var ignored = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "-c":
                    check = true;
                    continue;
                case "-q":
                    quiet = true;
                    continue;
                case "-dW":
                    dW = true;
                    continue;
                case "-v":
                    version = Math.Max(version, 1);
                    continue;
                case "-vv":
                    version = 2;
                    continue;
                case "-cc":
                    if (i + 1 >= args.Count)
                    {
                        return Fail("-cc expects an argument");
                    }

                    cond = args[++i];
                    continue;
                case "-f":
                    if (i + 1 >= args.Count)
                    {
                        return Fail("-f expects an argument");
                    }

                    files.Add(args[++i]);
                    continue;
                case "--":
                    for (i++; i < args.Count; i++)
                    {
                        files.Add(args[i]);
                    }

                    continue;
                case "-sf":
                case "-st":
                    ignored.Add(a);
                    while (i + 1 < args.Count && args[i + 1].Length > 0 && char.IsAsciiDigit(args[i + 1][0]))
                    {
                        ignored.Add(args[++i]);
                    }

                    continue;
            }

            if (WithValue.Contains(a))
            {
                ignored.Add(a);
                if (i + 1 < args.Count)
                {
                    ignored.Add(args[++i]);
                }

                continue;
            }

            if (a.StartsWith("-f", StringComparison.Ordinal) && a.Length > 2)
            {
                files.Add(a[2..]);
                continue;
            }

            if (a.StartsWith('-'))
            {
                // -d, -D, -W, -Ws, -V, -db, -dr, -de, -dp, -dS, -dV, -dM[...], -dD, -dG, -dK… : runtime flags.
                ignored.Add(a);
                continue;
            }

            return Fail($"unexpected argument '{a}'");
        }

        return new HAProxyArgs(check, quiet, dW, cond, version, files, ignored, null);

        static HAProxyArgs Fail(string message) => new(false, false, false, null, 0, [], [], message);
    }
}
