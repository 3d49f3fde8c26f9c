namespace KeepProxy.Config.Keepalived.Model;

/// <summary>track_script entry: a vrrp_script name with an optional <c>weight N [reverse]</c> override.</summary>
public sealed record TrackScriptRef(string Name, int? Weight, bool Reverse, SourcePosition Position);
