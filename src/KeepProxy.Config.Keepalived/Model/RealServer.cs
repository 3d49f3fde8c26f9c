using System.Net;

namespace KeepProxy.Config.Keepalived.Model;

/// <summary>real_server ADDR PORT { weight, notify_up/down, inhibit_on_failure, checkers ... }.</summary>
public sealed record RealServer(
    IPAddress Address,
    int Port,
    int Weight,
    IReadOnlyList<HealthCheck> Checks,
    IReadOnlyDictionary<string, string> OtherSettings,
    SourcePosition Position);
