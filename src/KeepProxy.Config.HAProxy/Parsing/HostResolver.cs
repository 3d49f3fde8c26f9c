using System.Net;
using System.Net.Sockets;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// Resolves host names the way haproxy's str2ip2() does when it may resolve: the libc resolver (getaddrinfo, so
/// /etc/hosts then DNS). Results are cached per load: a name appears once per server in large configs.
/// </summary>
internal sealed class HostResolver
{
    private readonly Func<string, bool>? _custom;
    private readonly Dictionary<string, bool> _cache = new(StringComparer.OrdinalIgnoreCase);

    public HostResolver(Func<string, bool>? custom)
    {
        _custom = custom;
    }

    public bool CanResolve(string host)
    {
        if (_cache.TryGetValue(host, out bool known))
        {
            return known;
        }

        bool ok;
        if (_custom is not null)
        {
            ok = _custom(host);
        }
        else
        {
            try
            {
                ok = Dns.GetHostAddresses(host).Length > 0;
            }
            catch (Exception ex) when (ex is SocketException or ArgumentException)
            {
                ok = false;
            }
        }

        _cache[host] = ok;
        return ok;
    }
}
