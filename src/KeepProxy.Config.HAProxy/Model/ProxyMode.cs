namespace KeepProxy.Config.HAProxy.Model;

/// <summary>haproxy's <c>mode</c> keyword values; <see cref="Tcp"/> is haproxy's default.</summary>
public enum ProxyMode
{
    Tcp,
    Http,
    Health,
}
