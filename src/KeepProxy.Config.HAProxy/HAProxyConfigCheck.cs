using KeepProxy.Config.HAProxy.Conditions;

namespace KeepProxy.Config.HAProxy;

/// <summary>
/// <c>haproxy -c</c>: loads the files, prints diagnostics exactly as haproxy 2.6 does (stdout/stderr split,
/// [NOTICE]/[WARNING]/[ALERT] lines) and returns haproxy's exit code. Used by proxyd, keepproxy and the
/// conformance suite in-process.
/// </summary>
public static class HAProxyConfigCheck
{
    public static int Run(HAProxyCheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        var result = HAProxyConfigLoader.Load(
            options.Files,
            new HAProxyLoadOptions(options.Environment, options.WarningsFatal));
        if (!options.Quiet)
        {
            var printer = new HAProxyMessageWriter(stderr, options.Pid);
            foreach (var d in result.Diagnostics)
            {
                printer.Write(d.Severity, d.Message);
            }

            if (result.Verdict != HAProxyVerdict.Invalid && result.HasWarnings)
            {
                stdout.WriteLine("Warnings were found.");
            }

            if (result.Verdict == HAProxyVerdict.Valid)
            {
                stdout.WriteLine("Configuration file is valid");
            }
            else if (result.Verdict == HAProxyVerdict.NoListener)
            {
                stdout.WriteLine("Configuration file has no error but will not start (no listener) => exit(2).");
            }
        }

        return result.ExitCode;
    }

    /// <summary>
    /// <c>haproxy -cc EXPR</c>: exit 0 when true, 1 when false, 2 with "Failed to evaluate condition: …" on error.
    /// </summary>
    public static int EvaluateCondition(string expression, TextWriter stderr, int pid = 0, IReadOnlyDictionary<string, string>? environment = null)
    {
        var evaluator = new ConditionEvaluator(name =>
            environment is null ? System.Environment.GetEnvironmentVariable(name) : environment.TryGetValue(name, out var v) ? v : null);
        if (expression.Length == 0)
        {
            return 1;
        }

        var result = evaluator.Evaluate(expression);
        if (result.IsError)
        {
            new HAProxyMessageWriter(stderr, pid).Write(Severity.Alert, $"Failed to evaluate condition: {result.Error}");
            return 2;
        }

        return result.Value > 0 ? 0 : 1;
    }
}
