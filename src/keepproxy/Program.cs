using System.CommandLine;
using KeepProxy.Cli.Check;
using KeepProxy.Cli.Lab;

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
        root.Subcommands.Add(LabCommandLine());
        root.SetAction(parse =>
        {
            if (!parse.GetValue(test))
            {
                Console.Error.WriteLine("keepproxy: nothing to do; use -t to check configurations or `keepproxy lab` to rehearse a failover (see --help).");
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

    /// <summary><c>keepproxy lab [SCENARIO|DIR]</c>: an article's multi-host setup in network namespaces (root).</summary>
    private static Command LabCommandLine()
    {
        var target = new Argument<string?>("SCENARIO|DIR") { Arity = ArgumentArity.ZeroOrOne, Description = "Scenario id (000, 002-web-ha …), article number, or a folder of per-host config folders; none lists them." };
        var implementation = new Option<string>("--impl") { Description = "reference | keepproxy | mixed", DefaultValueFactory = _ => "reference" };
        var verify = new Option<bool>("--verify") { Description = "Replay the article's test steps and print the results and the failover table." };
        var seconds = new Option<int?>("--seconds") { Description = "Leave the live view after N seconds." };
        var lab = new Command("lab", "Stand an article's multi-host setup up in network namespaces (needs root) and rehearse failovers.")
        {
            target, implementation, verify, seconds,
        };
        lab.SetAction(p => LabCommand.Run(
            new LabSettings(p.GetValue(target), p.GetValue(implementation)!, p.GetValue(verify), p.GetValue(seconds)),
            Console.Out,
            Console.Error));
        return lab;
    }
}
