namespace KeepProxy.Lab.Specs;

/// <summary>The topology of one scenario: hosts and the segments (bridges) joining them.</summary>
/// <param name="Id">Scenario id, e.g. "000" or "002-web-ha".</param>
/// <param name="Title">One line saying which article setup it replays.</param>
/// <param name="Hosts">Hosts in start order.</param>
/// <param name="Vips">Virtual addresses watched on every host (without prefix length).</param>
public sealed record ScenarioSpec(string Id, string Title, IReadOnlyList<HostSpec> Hosts, IReadOnlyList<string> Vips)
{
    public IEnumerable<string> Segments => Hosts.SelectMany(h => h.Links).Select(l => l.Segment).Distinct(StringComparer.Ordinal);
}
