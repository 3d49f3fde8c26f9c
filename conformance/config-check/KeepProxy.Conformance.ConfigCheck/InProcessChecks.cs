using KeepProxy.Config.HAProxy;
using KeepProxy.Config.Keepalived;
using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>Runs our checks in-process with a record's inputs (its argument vector and mode).</summary>
public static class InProcessChecks
{
    /// <summary>Shown as haproxy's PID in our output; normalised away like the reference's.</summary>
    public const int Pid = 4242;

    /// <summary>Runs the check a record describes. Exceptions are caught and reported in <see cref="CheckOutput.Exception"/>.</summary>
    public static CheckOutput Run(ConfigLanguage language, IReadOnlyList<string> args, string mode)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit;
        try
        {
            exit = language == ConfigLanguage.HAProxy
                ? HAProxyConfigCheck.Run(HAProxyOptions(args), stdout, stderr)
                : KeepalivedConfigCheck.Run(KeepalivedOptions(args, mode), stdout, stderr);
        }
        catch (Exception e)
        {
            return OutputNormalizer.Make(language, -1, stdout.ToString(), stderr.ToString()) with { Exception = e.ToString() };
        }

        return OutputNormalizer.Make(language, exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>`haproxy -c [-dW] [-q] -f A -f B …` (args[0] is the program name).</summary>
    public static HAProxyCheckOptions HAProxyOptions(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        bool quiet = false, warningsFatal = false;
        for (int i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-f":
                    files.Add(args[++i]);
                    break;
                case "-q":
                    quiet = true;
                    break;
                case "-dW":
                    warningsFatal = true;
                    break;
                case "-c":
                    break;
                default:
                    throw new ArgumentException($"record argument '{args[i]}' is not understood by the suite");
            }
        }

        return new HAProxyCheckOptions(files, quiet, warningsFatal, SuiteInputs.HAProxyEnvironment, Pid);
    }

    /// <summary>`keepalived -t [-i ID] -f FILE` in the record's namespace mode.</summary>
    public static KeepalivedCheckOptions KeepalivedOptions(IReadOnlyList<string> args, string mode)
    {
        string? file = null, id = null;
        for (int i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-f":
                    file = args[++i];
                    break;
                case "-i":
                    id = args[++i];
                    break;
                case "-t":
                    break;
                default:
                    throw new ArgumentException($"record argument '{args[i]}' is not understood by the suite");
            }
        }

        return new KeepalivedCheckOptions(file ?? "/etc/keepalived/keepalived.conf", SuiteInputs.Interfaces(mode), id);
    }
}
