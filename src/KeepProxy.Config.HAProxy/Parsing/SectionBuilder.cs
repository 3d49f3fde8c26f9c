using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>A section kept as words (peers, resolvers, mailers, …) while its lines are read.</summary>
internal sealed class SectionBuilder
{
    public SectionBuilder(SourcePosition position, string kind, string name)
    {
        Position = position;
        Kind = kind;
        Name = name;
    }

    public SourcePosition Position { get; }

    public string Kind { get; }

    public string Name { get; }

    public List<Directive> Directives { get; } = new();

    public Section Build() => new(Position, Kind, Name, Directives.ToArray());
}
