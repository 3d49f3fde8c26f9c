namespace KeepProxy.Config.Keepalived.Model;

/// <summary>HTTP_GET / SSL_GET url { path, digest, status_code, virtualhost, regex ... }.</summary>
public sealed record UrlCheck(string? Path, string? Digest, IReadOnlyList<string> StatusCodes, string? VirtualHost, SourcePosition Position);
