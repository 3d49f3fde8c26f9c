namespace KeepProxy.Config.Keepalived.Model;

/// <summary>authentication { auth_type }: keepalived accepts exactly "PASS" and "AH" (case-sensitive).</summary>
public enum VrrpAuthType
{
    None,
    Pass,
    Ah,
}
