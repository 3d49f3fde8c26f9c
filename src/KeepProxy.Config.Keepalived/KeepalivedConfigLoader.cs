using KeepProxy.Config.Keepalived.Completion;
using KeepProxy.Config.Keepalived.Lexing;
using KeepProxy.Config.Keepalived.Model;
using KeepProxy.Config.Keepalived.Parsing;

namespace KeepProxy.Config.Keepalived;

/// <summary>
/// Loads a keepalived.conf the way keepalived 2.2.7 <c>-t</c> reads it: preprocess once, then one keyword pass per
/// process (parent: global_defs; checker; VRRP; BFD) with each process's completion checks, then the immutable model.
/// </summary>
public static class KeepalivedConfigLoader
{
    public static KeepalivedLoadResult Load(string path, KeepalivedLoadOptions? options = null)
    {
        options ??= KeepalivedLoadOptions.Default;
        if (!File.Exists(path))
        {
            var empty = new KeepalivedConfig(GlobalDefs.Default, [], [], [], [], [], [], [], []);
            return new KeepalivedLoadResult(empty, [new KeepalivedMessage(ConfigError.Info, SourcePosition.None,
                $"Config files missing '{path}'.", false)], 0, FileMissing: true);
        }

        var pre = new KeepalivedPreprocessor(options.ConfigId ?? Environment.MachineName);
        return Run(pre.Read(path), options);
    }

    /// <summary>Loads config text held in memory (tests, fuzzing, conformance mutations).</summary>
    public static KeepalivedLoadResult LoadText(string displayName, string text, KeepalivedLoadOptions? options = null)
    {
        options ??= KeepalivedLoadOptions.Default;
        var pre = new KeepalivedPreprocessor(options.ConfigId ?? Environment.MachineName);
        return Run(pre.ReadText(displayName, text), options);
    }

    private static KeepalivedLoadResult Run(PreprocessedConfig pre, KeepalivedLoadOptions options)
    {
        var context = new ParseContext(
            options.Interfaces ?? SystemProbe.Interfaces(),
            options.UserExists ?? SystemProbe.UserExists,
            options.ScriptExecutable ?? SystemProbe.ScriptExecutable)
        {
            HostResolves = options.HostResolves ?? SystemProbe.HostResolves,
        };
        KeywordTable<KeywordNode> roots = KeepalivedKeywords.Build();

        foreach (Subsystem subsystem in (ReadOnlySpan<Subsystem>)[Subsystem.Global, Subsystem.Checker, Subsystem.Vrrp, Subsystem.Bfd])
        {
            new KeywordPass(pre, context, subsystem, options.Suggestions).Run(roots);
            if (context.AbortExitCode is not null)
            {
                break;
            }

            if (subsystem == Subsystem.Checker)
            {
                CheckCompletion.Run(context);
            }
            else if (subsystem == Subsystem.Vrrp)
            {
                VrrpCompletion.Run(context);
            }
        }

        int defaultVersion = context.Global.VrrpVersion ?? 2;
        var config = new KeepalivedConfig(
            context.Global.Build(),
            context.StaticIpAddresses.ToArray(),
            context.StaticRoutes.ToArray(),
            context.Scripts.Where(static s => !s.Removed).Select(static s => s.Build()).ToArray(),
            context.SyncGroups.Select(static g => g.Build()).ToArray(),
            context.Instances.Select(i => i.Build(defaultVersion)).ToArray(),
            context.VirtualServerGroups.ToArray(),
            context.VirtualServers.Select(static v => v.Build()).ToArray(),
            pre.Files);

        return new KeepalivedLoadResult(config, context.Messages, context.AbortExitCode ?? ExitCodeFor(context.Worst), FileMissing: false);
    }

    /// <summary>config_test_exit(): the worst config_err_t → exit code.</summary>
    public static int ExitCodeFor(ConfigError worst) => worst switch
    {
        ConfigError.Info or ConfigError.Ok => 0,
        ConfigError.FileNotFound or ConfigError.BadInterface or ConfigError.Fatal => 4,
        ConfigError.SecurityError => 6,
        _ => 5,
    };
}
