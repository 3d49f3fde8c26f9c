namespace KeepProxy.Config.Cluster;

/// <summary>A tracked vrrp_script as it affects the instance's priority (weight after any track_script override).</summary>
public sealed record TrackedScriptView(string Name, int Weight);
