using KeepProxy.Lab.Processes;
using KeepProxy.Lab.Topology;

namespace KeepProxy.Lab.Observation;

/// <summary>
/// Follows the IPv4 addresses of every host through <c>ip -o -4 monitor address</c> run inside the host (so
/// it dies with it), and stamps each change with the lab's clock: the moment a VIP appears on a node is
/// known to a few milliseconds without polling.
/// </summary>
public sealed class VipWatcher : IDisposable
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _addresses = new(StringComparer.Ordinal);
    private readonly List<(long Ts, string Host, IpAddressEvent Event)> _history = [];
    private readonly List<LabProcess> _monitors = [];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private readonly List<LabHost> _hosts = [];

    public VipWatcher(TimeProvider time) => _time = time;

    internal async Task StartAsync(IEnumerable<LabHost> hosts, CancellationToken ct)
    {
        var list = hosts.ToList();
        _hosts.AddRange(list);
        foreach (var h in list)
        {
            lock (_gate) _addresses[h.Name] = new HashSet<string>(StringComparer.Ordinal);
            var host = h.Name;
            _monitors.Add(LabProcess.Start("nsenter", h.NsenterArgs("exec ip -o -4 monitor address"), line => Apply(host, line)));
        }
        await Task.Delay(300, ct).ConfigureAwait(false);
        foreach (var h in list) await RefreshAsync(h, ct).ConfigureAwait(false);
    }

    /// <summary>Re-reads a host's addresses with <c>ip -o -4 addr show</c> (the monitor's starting point).</summary>
    public async Task RefreshAsync(LabHost host, CancellationToken ct = default)
    {
        var r = await host.ExecAsync("ip -o -4 addr show", TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
        var now = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in r.StdOut.Split('\n'))
            if (IpAddressEvent.Parse(line) is { } e) now.Add(e.Address);
        lock (_gate)
        {
            _addresses[host.Name] = now;
            CheckWaiters();
        }
    }

    private void Apply(string host, string line)
    {
        if (IpAddressEvent.Parse(line) is not { } e) return;
        var ts = _time.GetTimestamp();
        lock (_gate)
        {
            var set = _addresses[host];
            if (e.Deleted) set.Remove(e.Address); else set.Add(e.Address);
            _history.Add((ts, host, e));
            CheckWaiters();
        }
    }

    private void CheckWaiters()
    {
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            if (_waiters[i].Condition())
            {
                _waiters[i].Done.TrySetResult();
                _waiters.RemoveAt(i);
            }
        }
    }

    /// <summary>Hosts that currently hold <paramref name="address"/>.</summary>
    public IReadOnlyList<string> Holders(string address)
    {
        lock (_gate) return _addresses.Where(kv => kv.Value.Contains(address)).Select(kv => kv.Key).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public bool Holds(string host, string address)
    {
        lock (_gate) return _addresses.TryGetValue(host, out var set) && set.Contains(address);
    }

    /// <summary>Waits until <paramref name="host"/> holds <paramref name="address"/> (and, when <paramref name="exclusive"/>,
    /// nobody else does); returns the lab timestamp of that moment. Throws <see cref="LabException"/> on timeout.</summary>
    public async Task<long> WaitForHolderAsync(string address, string host, TimeSpan timeout, bool exclusive = true, CancellationToken ct = default)
    {
        bool Condition() => _addresses.TryGetValue(host, out var set) && set.Contains(address)
            && (!exclusive || _addresses.Where(kv => kv.Key != host).All(kv => !kv.Value.Contains(address)));
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (Condition()) return _time.GetTimestamp();
            _waiters.Add((Condition, tcs));
        }
        var deadline = _time.GetTimestamp() + (long)(timeout.TotalSeconds * _time.TimestampFrequency);
        while (true)
        {
            var left = TimeSpan.FromSeconds((deadline - _time.GetTimestamp()) / (double)_time.TimestampFrequency);
            if (left <= TimeSpan.Zero) break;
            try
            {
                // Events are the primary source; a snapshot every second is the safety net should one be missed.
                await tcs.Task.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1), _time, ct).ConfigureAwait(false);
                return _time.GetTimestamp();
            }
            catch (TimeoutException)
            {
                foreach (var h in _hosts) await RefreshAsync(h, ct).ConfigureAwait(false);
                if (tcs.Task.IsCompleted) return _time.GetTimestamp();
            }
        }
        lock (_gate) _waiters.RemoveAll(w => w.Done == tcs);
        var holders = Holders(address);
        throw new LabException($"{address} not on {host}{(exclusive ? " alone" : "")} within {timeout.TotalSeconds:0.#} s (holders: {(holders.Count == 0 ? "none" : string.Join(", ", holders))})");
    }

    public void Dispose()
    {
        foreach (var m in _monitors) m.Dispose();
        _monitors.Clear();
    }
}
