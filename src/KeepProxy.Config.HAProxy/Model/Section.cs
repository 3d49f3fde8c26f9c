namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// A section KeepProxy recognises but does not model in detail (peers, resolvers, mailers, http-errors, cache, program,
/// ring, log-forward, fcgi-app): its header and its lines as words.
/// </summary>
public sealed record Section(SourcePosition Position, string Kind, string Name, IReadOnlyList<Directive> Directives);
