namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>A server address given as a name, resolved after parsing as haproxy's srv_init_addr() does.</summary>
internal readonly record struct PendingServerAddress(SourcePosition Position, string Where, string Host);
