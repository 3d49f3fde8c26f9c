using System.CommandLine;
using KeepProxy.Config.HAProxy;
using KeepProxy.Proxyd;

// proxyd mirrors haproxy 2.6's command line. Arguments are first normalised by HAProxyArgs (haproxy's -sf PID…,
// repeated -f, "--" then files); System.CommandLine receives them as one pass-through argument list so its own
// parsing never rejects a haproxy flag, and hosts the action.
var passThrough = new Argument<string[]>("haproxy-args") { Arity = ArgumentArity.ZeroOrMore };
var root = new RootCommand("KeepProxy proxyd: haproxy 2.6 compatible proxy (config check for now)") { passThrough };
root.TreatUnmatchedTokensAsErrors = false;
root.SetAction(parse =>
{
    try
    {
        return Run(parse.GetValue(passThrough) ?? [], parse.UnmatchedTokens);
    }
    catch (Exception ex)
    {
        // Never show a stack trace: one line, haproxy-style.
        Console.Error.WriteLine($"[ALERT]    ({Environment.ProcessId}) : internal error: {ex.Message}");
        return 1;
    }
});

// "--" and flags would be taken by System.CommandLine's own syntax; hand everything over after a "--" of ours.
var config = new ParserConfiguration { ResponseFileTokenReplacer = null };
var parseResult = root.Parse(["--", .. args], config);
return parseResult.Invoke();

static int Run(string[] given, IReadOnlyList<string> unmatched)
{
    var all = given.Concat(unmatched).ToArray();
    var a = HAProxyArgs.Parse(all);
    if (a.Error is not null)
    {
        Console.Error.WriteLine($"[ALERT]    ({Environment.ProcessId}) : {a.Error}");
        return 1;
    }

    if (a.Version > 0)
    {
        Banner.Write(Console.Out, a.Version > 1);
        return 0;
    }

    if (a.Condition is not null)
    {
        return HAProxyConfigCheck.EvaluateCondition(a.Condition, Console.Error);
    }

    if (a.Files.Count == 0)
    {
        Console.Error.WriteLine("Usage : proxyd [-f <cfgfile|cfgdir>]* [ -vdVD ] [ -c ] [ -cc <expr> ] [ -q ] [ -dW ] [ -p <pidfile> ] [ -sf/-st <pid>* ]");
        return 1;
    }

    if (a.Check)
    {
        return HAProxyConfigCheck.Run(new HAProxyCheckOptions(a.Files, a.Quiet, a.WarningsFatal), Console.Out, Console.Error);
    }

    Console.Error.WriteLine("proxyd: the proxy runtime is not available in this build yet; only -c, -cc, -v and -vv work.");
    return 1;
}
