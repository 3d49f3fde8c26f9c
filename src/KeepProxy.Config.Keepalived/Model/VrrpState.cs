namespace KeepProxy.Config.Keepalived.Model;

/// <summary>vrrp_instance <c>state</c>: the initial state wanted (keepalived's wantstate).</summary>
public enum VrrpState
{
    Backup,
    Master,
}
