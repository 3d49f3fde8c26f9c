namespace KeepProxy.Config.Keepalived.Model;

/// <summary>vrrp_instance authentication block; <see cref="Pass"/> is already truncated to 8 bytes as keepalived does.</summary>
public sealed record VrrpAuthentication(VrrpAuthType Type, string Pass, SourcePosition Position);
