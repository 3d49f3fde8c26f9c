namespace KeepProxy.Config.Keepalived.Model;

/// <summary>virtual_server_group NAME { ADDR PORT | ADDR-RANGE PORT | fwmark N ... }: the raw entry lines.</summary>
public sealed record VirtualServerGroup(string Name, IReadOnlyList<string> Entries, SourcePosition Position);
