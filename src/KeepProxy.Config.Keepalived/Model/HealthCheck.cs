using System.Net;

namespace KeepProxy.Config.Keepalived.Model;

/// <summary>A checker block inside real_server (TCP_CHECK, HTTP_GET, SSL_GET, MISC_CHECK, ...).</summary>
public sealed record HealthCheck(
    CheckKind Kind,
    IPAddress? ConnectIp,
    int? ConnectPort,
    double? ConnectTimeout,
    int? Retry,
    double? DelayBeforeRetry,
    double? DelayLoop,
    IReadOnlyList<UrlCheck> Urls,
    string? MiscPath,
    double? MiscTimeout,
    bool MiscDynamic,
    IReadOnlyDictionary<string, string> OtherSettings,
    SourcePosition Position);
