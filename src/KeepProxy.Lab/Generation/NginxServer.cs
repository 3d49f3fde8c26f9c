namespace KeepProxy.Lab.Generation;

/// <summary>One nginx <c>server</c> block of a lab web host.</summary>
/// <param name="Listen">nginx listen argument: "80", "8080" or "192.168.2.201:8080".</param>
/// <param name="Root">Document root (index.html is the article's page).</param>
/// <param name="HealthStatus">Status of GET /health (003's <c>option httpchk GET /health</c>).</param>
/// <param name="SetCookie">A Set-Cookie value added to every answer (003's application servers set JSESSIONID).</param>
public sealed record NginxServer(string Listen, string Root, int HealthStatus = 200, string? SetCookie = null);
