namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// A <c>bind</c> line: one or more comma-separated addresses and its options. <see cref="Ssl"/> and
/// <see cref="Certificates"/> are lifted out of the options because the articles use <c>ssl crt FILE</c>.
/// <see cref="FromListenLine"/> marks an address written on the <c>listen</c> line (accepted with a warning).
/// </summary>
public sealed record Bind(
    SourcePosition Position,
    IReadOnlyList<Endpoint> Addresses,
    IReadOnlyList<BindOption> Options,
    bool FromListenLine = false)
{
    public bool Ssl => Options.Any(o => o.Name == "ssl");

    public IEnumerable<string> Certificates => Options.Where(o => o.Name is "crt" or "crt-list").Select(o => o.Value!);

    public string? Option(string name) => Options.FirstOrDefault(o => o.Name == name)?.Value;
}
