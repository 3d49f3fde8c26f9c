namespace KeepProxy.Config.Keepalived.Model;

/// <summary>One line of virtual_routes / static_routes: the destination plus the remaining words as ip-route options.</summary>
public sealed record RouteEntry(
    string Destination,
    string? Via,
    string? Device,
    IReadOnlyList<string> Words,
    SourcePosition Position);
