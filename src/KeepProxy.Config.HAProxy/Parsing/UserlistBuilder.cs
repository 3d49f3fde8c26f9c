using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>A <c>userlist</c> section while its lines are read.</summary>
internal sealed class UserlistBuilder
{
    public UserlistBuilder(SourcePosition position, string name)
    {
        Position = position;
        Name = name;
    }

    public SourcePosition Position { get; }

    public string Name { get; }

    public List<UserlistUser> Users { get; } = new();

    public List<UserlistGroup> Groups { get; } = new();

    public Userlist Build() => new(Position, Name, Users.ToArray(), Groups.ToArray());
}
