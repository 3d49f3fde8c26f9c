using KeepProxy.Lab.Specs;

namespace KeepProxy.Lab.Topology;

/// <summary>How to stand a topology up.</summary>
public sealed record LabOptions(Implementation Implementation, LabPaths Paths, TimeProvider? Time = null)
{
    public TimeProvider Clock => Time ?? TimeProvider.System;
}
