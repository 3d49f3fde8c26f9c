using System.CommandLine;
using KeepProxy.Cli.Check;

namespace KeepProxy.Cli;

/// <summary>keepproxy: the operator CLI. <c>-t</c> checks configs as keepalived -t and haproxy -c do.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var test = new Option<bool>("-t", "--test") { Description = "Check the keepalived and haproxy configurations (of this machine, or of the node folders / files given) and the nodes against each other." };
        var keepalived = new Option<string>("--keepalived-config") { Description = "keepalived config to check when no path is given.", DefaultValueFactory = _ => NodeDiscovery.DefaultKeepalivedConfig };
        var haproxy = new Option<string>("--haproxy-config") { Description = "haproxy config to check when no path is given.", DefaultValueFactory = _ => NodeDiscovery.DefaultHAProxyConfig };
        var quiet = new Option<bool>("-q", "--quiet") { Description = "Print only problems." };
        var strict = new Option<bool>("--strict") { Description = "Cross-node findings make the check fail." };
        var paths = new Argument<string[]>("PATH") { Description = "Node folders (each holding keepalived.conf and/or haproxy.cfg) or config files.", Arity = ArgumentArity.ZeroOrMore };

        var root = new RootCommand("keepproxy — operator CLI for KeepProxy (vrrpd = keepalived, proxyd = haproxy).")
        {
            test, keepalived, haproxy, quiet, strict, paths,
        };
        root.SetAction(parse =>
        {
            if (!parse.GetValue(test))
            {
                Console.Error.WriteLine("keepproxy: nothing to do; use -t to check configurations (see --help).");
                return 2;
            }

            var settings = new CheckSettings(
                parse.GetValue(paths) ?? [],
                parse.GetValue(keepalived)!,
                parse.GetValue(haproxy)!,
                parse.GetValue(quiet),
                parse.GetValue(strict));
            return CheckCommand.Run(settings, Console.Out, Console.Error);
        });

        try
        {
            return root.Parse(args).Invoke();
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"keepproxy: {ex.Message}");
            return 1;
        }
    }
}
