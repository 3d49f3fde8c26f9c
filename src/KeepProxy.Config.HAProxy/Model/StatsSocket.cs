namespace KeepProxy.Config.HAProxy.Model;

/// <summary>global <c>stats socket &lt;path|addr&gt; [bind options…]</c> (e.g. <c>mode 660 level admin expose-fd listeners</c>).</summary>
public sealed record StatsSocket(SourcePosition Position, string Address, IReadOnlyList<BindOption> Options)
{
    public string? Option(string name) => Options.FirstOrDefault(o => o.Name == name)?.Value;
}
