using System.CommandLine;
using KeepProxy.Config.Keepalived;

namespace KeepProxy.Vrrpd;

/// <summary>
/// vrrpd's command line, mirroring keepalived 2.2.7's options (short and long forms). <c>-t</c> runs the config
/// check in-process; the daemon itself comes in a later issue. No exception ever reaches the user.
/// </summary>
public static class VrrpdCli
{
    public const string DefaultConfigFile = "/etc/keepalived/keepalived.conf";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (TryParseConfigTest(args, out string? fastFile))
            {
                return RunConfigTest(fastFile, logFile: null, configId: null, suggestions: true, stdout, stderr);
            }

            return Build(stdout, stderr).Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"vrrpd: {ex.Message}");
            return 1;
        }
    }

    /// <summary>
    /// The common <c>-t -f FILE</c> (or <c>--config-test --use-file FILE</c>, either order) without building the
    /// System.CommandLine tree: constructing ~35 options is a visible part of a config check's start-up. Anything
    /// else (other options, <c>-t LOG_FILE</c>, <c>--opt=value</c>, <c>@response</c> files) goes to the full parser.
    /// </summary>
    public static bool TryParseConfigTest(string[] args, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? file)
    {
        file = null;
        if (args.Length != 3)
        {
            return false;
        }

        static bool IsTest(string a) => a is "-t" or "--config-test";
        static bool IsFile(string a) => a is "-f" or "--use-file";
        static bool IsValue(string a) => a.Length > 0 && a[0] is not ('-' or '@');

        if (IsTest(args[0]) && IsFile(args[1]) && IsValue(args[2]))
        {
            file = args[2];
        }
        else if (IsFile(args[0]) && IsValue(args[1]) && IsTest(args[2]))
        {
            file = args[1];
        }

        return file is not null;
    }

    private static int RunConfigTest(string file, string? logFile, string? configId, bool suggestions, TextWriter stdout, TextWriter stderr)
    {
        TextWriter errors = stderr;
        StreamWriter? log = null;
        if (!string.IsNullOrEmpty(logFile))
        {
            log = new StreamWriter(logFile, append: false);
            errors = log;
        }

        try
        {
            return KeepalivedConfigCheck.Run(new KeepalivedCheckOptions(file, ConfigId: configId, Suggestions: suggestions), stdout, errors);
        }
        finally
        {
            log?.Dispose();
        }
    }

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var useFile = new Option<string>("--use-file", "-f") { Description = "Use the specified configuration file", HelpName = "FILE" };
        var configTest = new Option<string?>("--config-test", "-t")
        {
            Description = "Check the configuration for obvious errors, output to stderr by default",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "LOG_FILE",
        };
        var version = new Option<bool>("--version", "-v") { Description = "Display the version number" };
        var configId = new Option<string?>("--config-id", "-i") { Description = "Skip any configuration lines beginning '@' that don't match id", HelpName = "id" };
        var noSuggest = new Option<bool>("--no-suggestions") { Description = "KeepProxy: do not add \"did you mean\" lines to -t output" };

        // Accepted so that existing unit files and scripts keep working; they matter once the daemon exists.
        Option[] accepted =
        [
            new Option<bool>("--vrrp", "-P") { Description = "Only run with VRRP subsystem" },
            new Option<bool>("--check", "-C") { Description = "Only run with Health-checker subsystem" },
            new Option<bool>("--no_bfd", "-B") { Description = "Don't run BFD subsystem" },
            new Option<bool>("--all") { Description = "Force all child processes to run, even if have no configuration" },
            new Option<bool>("--log-console", "-l") { Description = "Log messages to local console" },
            new Option<bool>("--log-detail", "-D") { Description = "Detailed log messages" },
            new Option<string?>("--log-facility", "-S") { Description = "Set syslog facility to LOG_LOCAL[0-7], user or daemon (default)", HelpName = "([0-7]|local[0-7]|user|daemon)" },
            new Option<bool>("--no-syslog", "-G") { Description = "Don't log via syslog" },
            new Option<string?>("--umask", "-u") { Description = "umask for file creation (in numeric form)", HelpName = "MASK" },
            new Option<bool>("--release-vips", "-X") { Description = "Drop VIP on transition from signal." },
            new Option<bool>("--dont-release-vrrp", "-V") { Description = "Don't remove VRRP VIPs and VROUTEs on daemon stop" },
            new Option<bool>("--dont-release-ipvs", "-I") { Description = "Don't remove IPVS topology on daemon stop" },
            new Option<bool>("--dont-respawn", "-R") { Description = "Don't respawn child processes" },
            new Option<bool>("--dont-fork", "-n") { Description = "Don't fork the daemon process" },
            new Option<bool>("--dump-conf", "-d") { Description = "Dump the configuration data" },
            new Option<string?>("--pid", "-p") { Description = "Use specified pidfile for parent process", HelpName = "FILE" },
            new Option<string?>("--vrrp_pid", "-r") { Description = "Use specified pidfile for VRRP child process", HelpName = "FILE" },
            new Option<bool>("--genhash", "-T") { Description = "Enter into genhash utility mode" },
            new Option<string?>("--checkers_pid", "-c") { Description = "Use specified pidfile for checkers child process", HelpName = "FILE" },
            new Option<bool>("--address-monitoring", "-a") { Description = "Report all address additions/deletions notified via netlink" },
            new Option<string?>("--bfd_pid", "-b") { Description = "Use specified pidfile for BFD child process", HelpName = "FILE" },
            new Option<bool>("--snmp", "-x") { Description = "Enable SNMP subsystem" },
            new Option<string?>("--snmp-agent-socket", "-A") { Description = "Use the specified socket for master agent", HelpName = "FILE" },
            new Option<string?>("--namespace", "-s") { Description = "Run in network namespace NAME (overrides config)", HelpName = "NAME" },
            new Option<bool>("--core-dump", "-m") { Description = "Produce core dump if terminate abnormally" },
            new Option<string?>("--core-dump-pattern", "-M") { Description = "Also set /proc/sys/kernel/core_pattern to PATN (default 'core')", HelpName = "PATN", Arity = ArgumentArity.ZeroOrOne },
            new Option<bool>("--all-config", "-e") { Description = "Error if any configuration file missing (same as includet)" },
            new Option<string?>("--signum") { Description = "Return signal number for STOP, RELOAD, DATA, STATS, STATS_CLEAR, JSON", HelpName = "SIGFUNC" },
        ];

        var root = new RootCommand("KeepProxy vrrpd: a keepalived 2.2.7 compatible VRRP daemon (config check only in this build)");
        for (int i = root.Options.Count - 1; i >= 0; i--)
        {
            if (root.Options[i] is VersionOption)
            {
                root.Options.RemoveAt(i);
            }
        }

        root.Options.Add(useFile);
        root.Options.Add(configTest);
        root.Options.Add(configId);
        root.Options.Add(version);
        root.Options.Add(noSuggest);
        foreach (Option o in accepted)
        {
            root.Options.Add(o);
        }

        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                stderr.WriteLine(VersionBanner());
                return 0;
            }

            string file = parse.GetValue(useFile) ?? DefaultConfigFile;
            if (parse.GetResult(configTest) is not null)
            {
                return RunConfigTest(file, parse.GetValue(configTest), parse.GetValue(configId), !parse.GetValue(noSuggest), stdout, stderr);
            }

            stderr.WriteLine("vrrpd: the VRRP daemon is not available in this build yet; use -t to check a configuration");
            return 1;
        });
        return root;
    }

    /// <summary>keepalived -v prints its banner on stderr; same shape, naming KeepProxy.</summary>
    public static string VersionBanner() =>
        $"""
        KeepProxy vrrpd v{typeof(VrrpdCli).Assembly.GetName().Version?.ToString(3) ?? "0.1.0"} (keepalived 2.2.7 compatible)

        Copyright(C) KeepProxy contributors

        Running on {Environment.OSVersion.VersionString}
        """;
}
