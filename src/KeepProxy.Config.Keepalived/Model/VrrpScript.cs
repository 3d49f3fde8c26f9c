namespace KeepProxy.Config.Keepalived.Model;

/// <summary>vrrp_script NAME { script, interval, timeout, weight [reverse], rise, fall, user, init_fail }.</summary>
public sealed record VrrpScript(
    string Name,
    string? Script,
    int Interval,
    int? Timeout,
    int Weight,
    bool WeightReverse,
    int Rise,
    int Fall,
    string? User,
    bool InitFail,
    SourcePosition Position);
