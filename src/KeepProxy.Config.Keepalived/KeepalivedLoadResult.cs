using KeepProxy.Config.Keepalived.Model;
using KeepProxy.Config.Keepalived.Parsing;

namespace KeepProxy.Config.Keepalived;

/// <summary>The outcome of loading a keepalived.conf.</summary>
/// <param name="Config">The completed model (whatever could be read, even when there are errors).</param>
/// <param name="Messages">Every line keepalived 2.2.7 <c>-t</c> would print, in its order, plus KeepProxy's improvements.</param>
/// <param name="ExitCode">What <c>keepalived -t</c> would exit with: 0 valid, 4 missing file/bad interface/fatal, 5 config error, 6 script security, 2 aborted.</param>
/// <param name="FileMissing">The main config file does not exist (keepalived -t prints "Config files missing" and exits 0).</param>
public sealed record KeepalivedLoadResult(
    KeepalivedConfig Config,
    IReadOnlyList<KeepalivedMessage> Messages,
    int ExitCode,
    bool FileMissing)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Messages.Select(static m => m.ToDiagnostic()).ToArray();

    public bool IsValid => ExitCode == 0 && !FileMissing;
}
