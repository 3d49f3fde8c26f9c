namespace KeepProxy.Config.HAProxy;

/// <summary>What <c>haproxy -c</c> would conclude (its exit code in brackets).</summary>
public enum HAProxyVerdict
{
    /// <summary>"Configuration file is valid" (0).</summary>
    Valid,

    /// <summary>"Configuration file has no error but will not start (no listener) => exit(2)." (2).</summary>
    NoListener,

    /// <summary>Alerts were reported (1).</summary>
    Invalid,
}
