using KeepProxy.Config.HAProxy.Model;
using KeepProxy.Config.Keepalived.Model;

namespace KeepProxy.Config.Cluster;

/// <summary>Builds the cross-node checks' view of a host from its parsed keepalived and haproxy models.</summary>
public static class NodeViewBuilder
{
    /// <param name="nopreemptCleared">
    /// Instances whose <c>nopreempt</c> keepalived cleared because of <c>state MASTER</c>: the model holds the runtime
    /// value (false), but the cluster view wants what the admin wrote, to explain the consequence.
    /// </param>
    public static NodeView Build(string name, KeepalivedConfig? keepalived, HAProxyConfig? haproxy, bool? nonlocalBind, IReadOnlySet<string>? nopreemptCleared = null) =>
        new(name,
            keepalived is null ? [] : Instances(keepalived, nopreemptCleared),
            haproxy is null ? [] : Binds(haproxy),
            nonlocalBind);

    public static IReadOnlyList<InstanceView> Instances(KeepalivedConfig config, IReadOnlySet<string>? nopreemptCleared = null)
    {
        var scripts = config.VrrpScripts.ToDictionary(static s => s.Name, StringComparer.Ordinal);
        var synced = config.VrrpSyncGroups.SelectMany(static g => g.Group).ToHashSet(StringComparer.Ordinal);
        return config.VrrpInstances.Select(instance => new InstanceView(
            instance.Name,
            instance.Interface,
            instance.VirtualRouterId,
            instance.Priority,
            instance.State == VrrpState.Master,
            instance.Nopreempt || (nopreemptCleared?.Contains(instance.Name) ?? false),
            instance.AdvertInt,
            instance.Version,
            instance.Authentication is null or { Type: VrrpAuthType.None } ? null : instance.Authentication.Type.ToString().ToUpperInvariant(),
            instance.Authentication?.Pass,
            instance.VirtualIpAddresses.Select(static a => a.Address.ToString()).ToArray(),
            instance.UnicastSrcIp?.ToString(),
            instance.UnicastPeers.Select(static p => p.ToString()).ToArray(),
            instance.TrackScripts
                .Where(r => scripts.ContainsKey(r.Name))
                .Select(r => new TrackedScriptView(r.Name, Weight(r, scripts[r.Name])))
                .Where(t => !(synced.Contains(instance.Name) && t.Weight != 0))
                .ToArray(),
            instance.Position)
        {
            IgnoredScripts = synced.Contains(instance.Name)
                ? instance.TrackScripts.Where(r => scripts.ContainsKey(r.Name) && Weight(r, scripts[r.Name]) != 0).Select(static r => r.Name).ToArray()
                : [],
        }).ToArray();
    }

    /// <summary>
    /// keepalived: the track_script line's weight overrides the vrrp_script's; "reverse" flips its sign. Members of a
    /// sync group drop weighted scripts altogether ("ignoring tracked script … with weights due to SYNC group").
    /// </summary>
    private static int Weight(TrackScriptRef reference, VrrpScript script)
    {
        int weight = reference.Weight ?? script.Weight;
        bool reverse = reference.Weight is null ? script.WeightReverse : reference.Reverse;
        return reverse ? -weight : weight;
    }

    public static IReadOnlyList<BindView> Binds(HAProxyConfig config) =>
        config.Proxies
            .Where(static p => p.HasFrontend && !p.Disabled)
            .SelectMany(static p => p.Binds.SelectMany(b => b.Addresses
                .Where(static e => !e.IsPath)
                .Select(e => new BindView(
                    p.Name,
                    e.IsAnyAddress ? null : e.Host,
                    e.PortFrom == e.PortTo ? e.PortFrom.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{e.PortFrom}-{e.PortTo}",
                    b.Position))))
            .ToArray();
}
