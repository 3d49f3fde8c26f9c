namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// An address as haproxy's str2sa_range() reads it: an optional family prefix (<c>ipv4@</c>, <c>ipv6@</c>,
/// <c>unix@</c>, <c>abns@</c>, <c>fd@</c>, <c>sockpair@</c>, <c>udp@</c>…), a host (<c>*</c>/empty = any), and a port
/// or port range. <see cref="PortFrom"/> is 0 when the address has no port.
/// </summary>
public sealed record Endpoint(string Text, string? Family, string Host, int PortFrom, int PortTo, bool PortOffset = false)
{
    public bool IsAnyAddress => Host.Length == 0 || Host == "*" || Host == "0.0.0.0" || Host == "::";

    public bool IsPath => Family is "unix" or "abns" || (Family is null && Host.StartsWith('/'));

    public override string ToString() => Text;
}
