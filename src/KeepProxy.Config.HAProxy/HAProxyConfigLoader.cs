using KeepProxy.Config.HAProxy.Parsing;

namespace KeepProxy.Config.HAProxy;

/// <summary>
/// Loads haproxy.cfg files (or directories of *.cfg, as <c>-f DIR</c>) into the immutable model with haproxy 2.6's
/// diagnostics. Never throws for configuration problems: they are diagnostics.
/// </summary>
public static class HAProxyConfigLoader
{
    public static HAProxyLoadResult Load(IReadOnlyList<string> files, HAProxyLoadOptions? options = null) =>
        new LoadSession(options ?? HAProxyLoadOptions.Default).Run(files);
}
