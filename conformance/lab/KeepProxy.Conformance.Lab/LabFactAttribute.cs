using KeepProxy.Lab;

namespace KeepProxy.Conformance.Lab;

/// <summary>
/// A lab test. Outside CI a missing prerequisite (not root, no unshare/nginx/haproxy/keepalived) skips it with
/// the reason; under CI=true nothing is skipped: the test runs and fails, naming what is missing.
/// </summary>
public sealed class LabFactAttribute : FactAttribute
{
    public LabFactAttribute()
    {
        if (LabEnvironment.SkipReason() is { } reason) Skip = reason;
    }
}
