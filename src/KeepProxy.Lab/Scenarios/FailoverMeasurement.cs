namespace KeepProxy.Lab.Scenarios;

/// <summary>One measured failover: from the action (a service or interface stopped) to the VIP answering on the new node.</summary>
/// <param name="Scenario">Scenario id.</param>
/// <param name="Action">What was done, e.g. "svr1: systemctl stop nginx".</param>
/// <param name="Seconds">Action → first successful answer from the new node (or the VIP's arrival where nothing serves it).</param>
/// <param name="FailedRequests">Client requests that failed between the action and that answer (null: no client loop).</param>
/// <param name="Requests">Client requests in the same window.</param>
/// <param name="Detection">How the failure is noticed (script interval, fall × interval, or "immediate").</param>
/// <param name="KeepalivedTimer">keepalived's own timer arithmetic for the takeover.</param>
/// <param name="BoundSeconds">The upper bound the scenario asserts.</param>
public sealed record FailoverMeasurement(
    string Scenario,
    string Action,
    double Seconds,
    int? FailedRequests,
    int? Requests,
    string Detection,
    string KeepalivedTimer,
    double BoundSeconds);
