namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// A <c>server NAME ADDR[:PORT] [options]</c> line with the options the articles use lifted into properties (after
/// <c>default-server</c> values are applied); times are in milliseconds as haproxy keeps them.
/// </summary>
public sealed record Server(
    SourcePosition Position,
    string Name,
    Endpoint Address,
    IReadOnlyList<ServerOption> Options,
    bool Check,
    int InterMs,
    int Rise,
    int Fall,
    string? Cookie,
    bool Backup,
    int Weight,
    int MaxConn,
    bool Disabled)
{
    public string? Option(string name) => Options.LastOrDefault(o => o.Name == name)?.Value;

    public bool Has(string name) => Options.Any(o => o.Name == name);
}
