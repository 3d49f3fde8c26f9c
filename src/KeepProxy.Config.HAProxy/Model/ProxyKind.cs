namespace KeepProxy.Config.HAProxy.Model;

/// <summary>The four proxy section kinds of haproxy (<c>defaults</c>, <c>frontend</c>, <c>backend</c>, <c>listen</c>).</summary>
public enum ProxyKind
{
    Defaults,
    Frontend,
    Backend,
    Listen,
}
