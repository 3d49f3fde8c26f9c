namespace KeepProxy.Config.Keepalived;

/// <summary>
/// <c>keepalived -t</c>: parses the file, prints diagnostics as keepalived 2.2.7 does and returns its exit code
/// (0 valid, 5 config error, 6 script security). Used by vrrpd, keepproxy and the conformance suite in-process.
/// Everything goes to stderr, as keepalived prints it there under -t; stdout stays empty.
/// </summary>
public static class KeepalivedConfigCheck
{
    public static int Run(KeepalivedCheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            KeepalivedLoadResult result = KeepalivedConfigLoader.Load(options.ConfigFile,
                new KeepalivedLoadOptions(options.Interfaces, options.ConfigId, ScriptExecutable: options.ScriptExecutable,
                    Suggestions: options.Suggestions));
            foreach (var message in result.Messages)
            {
                stderr.WriteLine(message.Render());
            }

            return result.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Configuration file '{options.ConfigFile}' open problem ({ex.Message}) - skipping");
            return 4;
        }
    }
}
