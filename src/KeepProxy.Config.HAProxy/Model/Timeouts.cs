namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// The <c>timeout</c> keyword's values in milliseconds (null = not set). Named after haproxy's timeout names:
/// client, server, connect, check, queue, http-keep-alive, http-request, tunnel, tarpit, client-fin, server-fin.
/// </summary>
public sealed record Timeouts(
    int? Client = null,
    int? Server = null,
    int? Connect = null,
    int? Check = null,
    int? Queue = null,
    int? HttpKeepAlive = null,
    int? HttpRequest = null,
    int? Tunnel = null,
    int? Tarpit = null,
    int? ClientFin = null,
    int? ServerFin = null)
{
    public static readonly Timeouts None = new();
}
