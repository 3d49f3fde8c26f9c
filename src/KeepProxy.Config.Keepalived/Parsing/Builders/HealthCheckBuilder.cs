using System.Net;
using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Parsing.Builders;

/// <summary>Mutable checker block while it is read.</summary>
public sealed class HealthCheckBuilder(CheckKind kind, SourcePosition position)
{
    public CheckKind Kind = kind;
    public SourcePosition Position = position;
    public IPAddress? ConnectIp;
    public int? ConnectPort;
    public double? ConnectTimeout;
    public int? Retry;
    public double? DelayBeforeRetry;
    public double? DelayLoop;
    public List<UrlCheck> Urls = new();
    public string? MiscPath;
    public double? MiscTimeout;
    public bool MiscDynamic;
    public string? BindIf;

    /// <summary>conn_opts_t dst / bindto families (AF_UNSPEC after a rejected address).</summary>
    public System.Net.Sockets.AddressFamily DstFamily, BindToFamily;
    public Dictionary<string, string> Other = new(StringComparer.Ordinal);

    // url { } being read
    public string? UrlPath, UrlDigest, UrlVirtualHost;
    public List<string> UrlStatus = new();
    public SourcePosition UrlPosition;

    public HealthCheck Build() => new(Kind, ConnectIp, ConnectPort, ConnectTimeout, Retry, DelayBeforeRetry, DelayLoop,
        Urls.ToArray(), MiscPath, MiscTimeout, MiscDynamic, Other, Position);
}
