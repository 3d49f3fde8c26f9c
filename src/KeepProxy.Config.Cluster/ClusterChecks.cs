using System.Globalization;
using KeepProxy.Config;

namespace KeepProxy.Config.Cluster;

/// <summary>
/// Cross-node checks over several hosts' configs: the mistakes neither keepalived -t nor haproxy -c can see because
/// each reads one machine. The checks are a table, run in order; each yields findings.
/// </summary>
public static class ClusterChecks
{
    private delegate IEnumerable<ClusterFinding> Check(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups);

    private static readonly (string Code, Check Run)[] Table =
    [
        ("vrid-clash", VridClash),
        ("auth-mismatch", AuthMismatch),
        ("advert-mismatch", AdvertMismatch),
        ("version-mismatch", VersionMismatch),
        ("priority-tie", PriorityTie),
        ("nopreempt-master", NopreemptMaster),
        ("unicast-peers", UnicastPeers),
        ("script-weight", ScriptWeight),
        ("sync-group-weight", SyncGroupWeight),
        ("nonlocal-bind", NonlocalBind),
    ];

    /// <summary>The codes of every check, in the order they run.</summary>
    public static IReadOnlyList<string> Codes { get; } = Table.Select(static t => t.Code).ToArray();

    public static IReadOnlyList<ClusterFinding> Run(IReadOnlyList<NodeView> nodes)
    {
        IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups = Group(nodes);
        var findings = new List<ClusterFinding>();
        foreach ((_, Check run) in Table)
        {
            findings.AddRange(run(nodes, groups));
        }

        return findings;
    }

    /// <summary>
    /// Instances on different nodes that share a VRID and a VIP list are one virtual router. A VRID used with two
    /// different VIP lists is either two routers clashing or one router whose nodes disagree — on the wire both look
    /// the same (backups discard the adverts), so both are reported as one <c>vrid-clash</c> finding.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<VrrpGroupMember>> Group(IReadOnlyList<NodeView> nodes)
    {
        var groups = new List<List<VrrpGroupMember>>();
        foreach (NodeView node in nodes)
        {
            foreach (InstanceView instance in node.Instances)
            {
                var member = new VrrpGroupMember(node, instance);
                List<VrrpGroupMember>? group = groups.Find(g =>
                    g[0].Instance.VirtualRouterId == instance.VirtualRouterId
                    && g.TrueForAll(m => m.Node != node)
                    && SameAddresses(g[0].Instance, instance));
                if (group is null)
                {
                    groups.Add([member]);
                }
                else
                {
                    group.Add(member);
                }
            }
        }

        return groups;
    }

    private static IEnumerable<ClusterFinding> VridClash(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups)
    {
        for (int i = 0; i < groups.Count; i++)
        {
            for (int j = i + 1; j < groups.Count; j++)
            {
                VrrpGroupMember a = groups[i][0], b = groups[j][0];
                if (a.Instance.VirtualRouterId != b.Instance.VirtualRouterId || !SameLink(a.Instance, b.Instance))
                {
                    continue;
                }

                yield return Finding(Severity.Warning, "vrid-clash",
                    $"VRID {a.Instance.VirtualRouterId} is used with two different VIP lists on one LAN: "
                    + $"{Labels(groups[i])} {Vips(a.Instance)} and {Labels(groups[j])} {Vips(b.Instance)}; "
                    + "VRRPv2 nodes discard each other's adverts (address list mismatch) and each side elects its own master. "
                    + "If these are one virtual router, make the virtual_ipaddress lists equal; if not, give each its own virtual_router_id.",
                    groups[i].Concat(groups[j]));
            }
        }
    }

    private static IEnumerable<ClusterFinding> AuthMismatch(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups) =>
        Mismatch(groups, "auth-mismatch",
            static i => i.AuthType is null ? "none" : $"{i.AuthType.ToUpperInvariant()} '{EffectivePass(i.AuthPass)}'",
            "authentication differs",
            "each node drops the others' adverts, so every node becomes MASTER (split brain)");

    private static IEnumerable<ClusterFinding> AdvertMismatch(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups) =>
        Mismatch(groups, "advert-mismatch",
            static i => i.AdvertIntSeconds.ToString(CultureInfo.InvariantCulture) + "s",
            "advert_int differs",
            "VRRPv2 backups discard adverts with another interval, so the backup takes over while the master is alive");

    private static IEnumerable<ClusterFinding> VersionMismatch(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups) =>
        Mismatch(groups, "version-mismatch",
            static i => "VRRPv" + i.Version.ToString(CultureInfo.InvariantCulture),
            "vrrp_version differs",
            "the nodes do not understand each other's adverts");

    private static IEnumerable<ClusterFinding> PriorityTie(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups)
    {
        foreach (IReadOnlyList<VrrpGroupMember> group in groups)
        {
            foreach (IGrouping<int, VrrpGroupMember> tie in group.GroupBy(static m => m.Instance.Priority).Where(static g => g.Count() > 1))
            {
                yield return Finding(tie.Key == 255 ? Severity.Warning : Severity.Notice, "priority-tie",
                    tie.Key == 255
                        ? $"{Labels(tie)} all claim to own the addresses (priority 255); only one node may be the address owner."
                        : $"{Labels(tie)} have the same priority {tie.Key}; the master is then decided by the higher primary IP address, not by the config.",
                    tie);
            }
        }
    }

    private static IEnumerable<ClusterFinding> NopreemptMaster(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups)
    {
        foreach (IReadOnlyList<VrrpGroupMember> group in groups)
        {
            foreach (VrrpGroupMember m in group.Where(static m => m.Instance.InitialMaster && m.Instance.Nopreempt))
            {
                yield return Finding(Severity.Warning, "nopreempt-master",
                    $"{m.Label}: nopreempt with state MASTER is cleared by keepalived (\"nopreempt will not work with initial state MASTER - clearing\"), "
                    + $"so {m.Node.Name} takes the VIP back whenever it returns with the highest priority. For no fail-back, make every node state BACKUP with nopreempt.",
                    [m]);
            }
        }
    }

    private static IEnumerable<ClusterFinding> UnicastPeers(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups)
    {
        foreach (IReadOnlyList<VrrpGroupMember> group in groups.Where(static g => g.Count > 1))
        {
            if (!group.Any(static m => m.Instance.UnicastPeers.Count > 0))
            {
                continue;
            }

            foreach (VrrpGroupMember a in group)
            {
                if (a.Instance.UnicastPeers.Count == 0)
                {
                    yield return Finding(Severity.Warning, "unicast-peers",
                        $"{a.Label} uses multicast while {Labels(group.Where(m => m.Instance.UnicastPeers.Count > 0))} use unicast_peer; they will not hear each other.",
                        group);
                    continue;
                }

                foreach (VrrpGroupMember b in group.Where(b => b != a && b.Instance.UnicastSrcIp is not null))
                {
                    if (!a.Instance.UnicastPeers.Contains(b.Instance.UnicastSrcIp!, StringComparer.OrdinalIgnoreCase))
                    {
                        yield return Finding(Severity.Warning, "unicast-peers",
                            $"{a.Label} does not list {b.Node.Name}'s unicast_src_ip {b.Instance.UnicastSrcIp} in unicast_peer, so {b.Node.Name} never receives its adverts.",
                            [a, b]);
                    }
                }

                var knownSources = group.Where(b => b != a).Select(static b => b.Instance.UnicastSrcIp).ToList();
                if (knownSources.TrueForAll(static s => s is not null))
                {
                    foreach (string peer in a.Instance.UnicastPeers.Where(p => !knownSources.Contains(p, StringComparer.OrdinalIgnoreCase)))
                    {
                        yield return Finding(Severity.Notice, "unicast-peers",
                            $"{a.Label} sends adverts to {peer}, which is no other checked node's unicast_src_ip.",
                            [a]);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Priority arithmetic of tracked scripts (keepalived: a weight &gt; 0 is added while the script succeeds, a weight
    /// &lt; 0 is subtracted while it fails, weight 0 puts the instance in FAULT; the result is clamped to [1, 254]).
    /// Reports when a failing script on the initial master cannot move the VIP.
    /// </summary>
    private static IEnumerable<ClusterFinding> ScriptWeight(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups)
    {
        foreach (IReadOnlyList<VrrpGroupMember> group in groups.Where(static g => g.Count > 1))
        {
            VrrpGroupMember master = group.MaxBy(static m => EffectivePriority(m.Instance, scriptsOk: true))!;
            if (master.Instance.TrackScripts.Count == 0 || master.Instance.Priority == 255
                || master.Instance.TrackScripts.Any(static s => s.Weight == 0))
            {
                continue;
            }

            int failed = EffectivePriority(master.Instance, scriptsOk: false);
            var backups = group.Where(m => m != master).ToList();
            var higher = backups.Where(b => EffectivePriority(b.Instance, scriptsOk: true) > failed).ToList();
            if (higher.Count == 0)
            {
                int best = backups.Max(static b => EffectivePriority(b.Instance, scriptsOk: true));
                yield return Finding(Severity.Warning, "script-weight",
                    $"{master.Label}: when its tracked scripts fail its priority becomes {failed}, still not below the backups' best {best}; "
                    + "a failing script never moves the VIP. Use a larger weight (or weight 0 to enter FAULT).",
                    group);
            }
            else if (higher.TrueForAll(static b => b.Instance.Nopreempt))
            {
                yield return Finding(Severity.Warning, "script-weight",
                    $"{master.Label}: a failing script lowers its priority to {failed}, below {Labels(higher)}, but they have nopreempt, "
                    + "so they never take over from a live master: the VIP moves only when keepalived on the master stops (or its script stops it).",
                    group);
            }
        }
    }

    private static IEnumerable<ClusterFinding> SyncGroupWeight(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups)
    {
        foreach (VrrpGroupMember m in groups.SelectMany(static g => g).Where(static m => m.Instance.IgnoredScripts.Count > 0))
        {
            yield return Finding(Severity.Warning, "sync-group-weight",
                $"{m.Label}: keepalived ignores track_script {string.Join(", ", m.Instance.IgnoredScripts)} because the instance is in a vrrp_sync_group and the script has a weight "
                + "(\"ignoring tracked script … with weights due to SYNC group\"): its failures change nothing. Track it with weight 0 (failure = FAULT, which moves the whole group) or set sync_group_tracking_weight.",
                [m]);
        }
    }

    private static IEnumerable<ClusterFinding> NonlocalBind(IReadOnlyList<NodeView> nodes, IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups)
    {
        foreach (NodeView node in nodes.Where(static n => n.NonlocalBind != true))
        {
            var vips = node.Instances.SelectMany(static i => i.VirtualAddresses).Select(AddressPart).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (BindView bind in node.Binds.Where(b => b.Address is not null && vips.Contains(b.Address)))
            {
                yield return new ClusterFinding(Severity.Warning, "nonlocal-bind",
                    $"{node.Name}: haproxy '{bind.Proxy}' binds {bind.Address}:{bind.Port}, a VIP this node holds only as MASTER; "
                    + "without net.ipv4.ip_nonlocal_bind=1 haproxy cannot start (or reload) while the node is BACKUP. Set the sysctl or bind *:" + bind.Port + ".",
                    [bind.Position]);
            }
        }
    }

    private static IEnumerable<ClusterFinding> Mismatch(
        IReadOnlyList<IReadOnlyList<VrrpGroupMember>> groups,
        string code,
        Func<InstanceView, string> describe,
        string what,
        string consequence)
    {
        foreach (IReadOnlyList<VrrpGroupMember> group in groups.Where(static g => g.Count > 1))
        {
            var values = group.Select(m => (m, Value: describe(m.Instance))).ToList();
            if (values.Select(static v => v.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                string detail = string.Join(", ", values.Select(static v => $"{v.m.Label} {v.Value}"));
                yield return Finding(Severity.Warning, code,
                    $"VRID {group[0].Instance.VirtualRouterId}: {what} ({detail}); {consequence}.", group);
            }
        }
    }

    public static int EffectivePriority(InstanceView instance, bool scriptsOk)
    {
        if (instance.Priority == 255)
        {
            return 255;
        }

        int priority = instance.Priority;
        foreach (TrackedScriptView script in instance.TrackScripts)
        {
            if (scriptsOk && script.Weight > 0)
            {
                priority += script.Weight;
            }
            else if (!scriptsOk && script.Weight < 0)
            {
                priority += script.Weight;
            }
        }

        return Math.Clamp(priority, 1, 254);
    }

    /// <summary>keepalived truncates auth_pass to 8 characters, so only those count on the wire.</summary>
    private static string EffectivePass(string? pass) => pass is null ? "" : pass.Length > 8 ? pass[..8] : pass;

    private static bool SameLink(InstanceView a, InstanceView b) =>
        a.Interface is null || b.Interface is null || string.Equals(a.Interface, b.Interface, StringComparison.Ordinal);

    private static bool SameAddresses(InstanceView a, InstanceView b) => Vips(a) == Vips(b);

    private static string Vips(InstanceView instance) =>
        "[" + string.Join(" ", instance.VirtualAddresses.Select(AddressPart).Order(StringComparer.Ordinal)) + "]";

    private static string AddressPart(string address)
    {
        int slash = address.IndexOf('/');
        return slash < 0 ? address : address[..slash];
    }

    private static string Labels(IEnumerable<VrrpGroupMember> members) => string.Join(", ", members.Select(static m => m.Label));

    private static ClusterFinding Finding(Severity severity, string code, string message, IEnumerable<VrrpGroupMember> members) =>
        new(severity, code, message, members.Select(static m => m.Instance.Position).ToArray());
}
