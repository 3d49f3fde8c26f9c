namespace KeepProxy.Config.HAProxy.Model;

/// <summary><c>userlist NAME</c> with its <c>group</c> and <c>user</c> lines.</summary>
public sealed record Userlist(
    SourcePosition Position,
    string Name,
    IReadOnlyList<UserlistUser> Users,
    IReadOnlyList<UserlistGroup> Groups);
