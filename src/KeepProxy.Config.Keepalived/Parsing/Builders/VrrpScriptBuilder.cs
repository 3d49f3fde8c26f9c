using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Keepalived.Parsing.Builders;

/// <summary>Mutable vrrp_script while its block is read.</summary>
public sealed class VrrpScriptBuilder(string name, SourcePosition position)
{
    public string Name = name;
    public SourcePosition Position = position;
    public string? Script;
    public int Interval = 1;
    public int? Timeout;
    public int Weight;
    public bool WeightReverse;
    public int Rise = 1;
    public int Fall = 1;
    public string? User;
    public bool InitFail;

    /// <summary>The script's own <c>user</c> could not be resolved (keepalived's remove_script).</summary>
    public bool UserFailed;

    /// <summary>Set when keepalived removes the script (no script, no usable user) or disables it (not found).</summary>
    public bool Removed;

    public VrrpScript Build() => new(Name, Script, Interval, Timeout, Weight, WeightReverse, Rise, Fall, User, InitFail, Position);
}
