using System.Text.RegularExpressions;
using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// The normalisation, verdict and first-location rules of record.sh, in C#. Keep the two in step: a record is only
/// comparable with our output when both went through the same rules.
/// </summary>
public static partial class OutputNormalizer
{
    public const string Valid = "valid";
    public const string ValidWithWarnings = "valid-with-warnings";
    public const string Invalid = "invalid";

    public static CheckOutput Make(ConfigLanguage language, int exit, string stdout, string stderr)
    {
        if (language == ConfigLanguage.HAProxy)
        {
            stdout = NormalizeHAProxy(stdout);
            stderr = NormalizeHAProxy(stderr);
        }

        return new CheckOutput(exit, stdout, stderr, Verdict(language, exit, stdout, stderr), First(language, stderr));
    }

    /// <summary>`sed -E 's/^(\[[A-Z]+\] +)\([0-9]+\)/\1(PID)/; s/(path to executable is ).*/\1(EXE)/'`.</summary>
    public static string NormalizeHAProxy(string text)
    {
        text = PidPattern().Replace(text, "$1(PID)");
        return ExecutablePattern().Replace(text, "$1(EXE)");
    }

    public static string Verdict(ConfigLanguage language, int exit, string stdout, string stderr)
    {
        if (exit != 0)
        {
            return Invalid;
        }

        bool warned = language == ConfigLanguage.HAProxy
            ? Lines(stderr).Any(static l => l.StartsWith("[WARNING]", StringComparison.Ordinal))
            : stdout.Length > 0 || stderr.Length > 0;
        return warned ? ValidWithWarnings : Valid;
    }

    /// <summary>"file:line" (or ":line" for keepalived's file-less "(Line N)") of the first diagnostic; "" if it has none.</summary>
    public static string First(ConfigLanguage language, string stderr)
    {
        if (language == ConfigLanguage.HAProxy)
        {
            string? line = Lines(stderr).FirstOrDefault(static l => l.StartsWith("[WARNING]", StringComparison.Ordinal) || l.StartsWith("[ALERT]", StringComparison.Ordinal));
            if (line is null)
            {
                return "";
            }

            var m = HAProxyLocation().Match(line);
            return m.Success ? m.Groups[1].Value : "";
        }

        string? first = Lines(stderr).FirstOrDefault(static l => l.Length > 0);
        if (first is null)
        {
            return "";
        }

        var k = KeepalivedLocation().Match(first);
        if (k.Success)
        {
            return $"{k.Groups[1].Value}:{k.Groups[2].Value}";
        }

        var b = KeepalivedBareLocation().Match(first);
        return b.Success ? $":{b.Groups[1].Value}" : "";
    }

    /// <summary>Every non-empty output line of both streams; the unit the suite compares as a set.</summary>
    public static IEnumerable<string> DiagnosticLines(CheckOutput output) =>
        Lines(output.Stdout).Concat(Lines(output.Stderr)).Where(static l => l.Length > 0);

    public static IEnumerable<string> Lines(string text) => text.Split('\n');

    [GeneratedRegex(@"^(\[[A-Z]+\] +)\([0-9]+\)", RegexOptions.Multiline)]
    private static partial Regex PidPattern();

    [GeneratedRegex(@"(path to executable is ).*", RegexOptions.None)]
    private static partial Regex ExecutablePattern();

    // grep -oE '\[[^] ]+:[0-9]+\]' | head -1
    [GeneratedRegex(@"\[([^\] ]+:[0-9]+)\]")]
    private static partial Regex HAProxyLocation();

    [GeneratedRegex(@"^\(([^)]*): Line ([0-9]+)\)")]
    private static partial Regex KeepalivedLocation();

    [GeneratedRegex(@"^\(Line ([0-9]+)\)")]
    private static partial Regex KeepalivedBareLocation();
}
