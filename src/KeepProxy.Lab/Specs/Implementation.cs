namespace KeepProxy.Lab.Specs;

/// <summary>Which programs answer to /usr/sbin/keepalived and /usr/sbin/haproxy inside the lab hosts.</summary>
public enum Implementation
{
    /// <summary>keepalived 2.2.7 and haproxy 2.6 from apt: proves the scenario itself is right.</summary>
    Reference,

    /// <summary>KeepProxy's vrrpd and proxyd, bind-mounted over /usr/sbin/keepalived and /usr/sbin/haproxy (the drop-in path).</summary>
    KeepProxy,

    /// <summary>Reference keepalived on the first keepalived node, vrrpd on the others (wire interop); haproxy stays reference.</summary>
    Mixed,
}
