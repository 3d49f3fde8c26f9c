using System.Globalization;
using KeepProxy.Lab.Observation;
using KeepProxy.Lab.Processes;
using KeepProxy.Lab.Topology;

namespace KeepProxy.Lab.Scenarios;

/// <summary>What a scenario works with: the standing topology, the clock, the log, and helpers that record
/// each step and failover measurement.</summary>
public sealed class ScenarioContext : IAsyncDisposable
{
    private readonly List<string> _steps = [];
    private readonly List<FailoverMeasurement> _failovers = [];
    private readonly List<ClientLoop> _loops = [];

    public ScenarioContext(string scenarioId, LabTopology topology, ILabLog log, CancellationToken ct)
    {
        ScenarioId = scenarioId;
        Topology = topology;
        Log = log;
        Cancellation = ct;
    }

    public string ScenarioId { get; }

    public LabTopology Topology { get; }

    public ILabLog Log { get; }

    public CancellationToken Cancellation { get; }

    public TimeProvider Time => Topology.Options.Clock;

    public VipWatcher Vips => Topology.Watcher;

    public IReadOnlyList<string> Steps => _steps;

    public IReadOnlyList<FailoverMeasurement> Failovers => _failovers;

    public LabHost this[string host] => Topology[host];

    public long Now => Time.GetTimestamp();

    public double Seconds(long fromTs, long toTs) => (toTs - fromTs) / (double)Time.TimestampFrequency;

    public void Step(string text)
    {
        _steps.Add(text);
        Log.Write("• " + text);
    }

    /// <summary>Records an expectation; throws when it does not hold.</summary>
    public void Check(bool condition, string expectation)
    {
        if (!condition) throw new LabException("expected: " + expectation);
        _steps.Add("  ok: " + expectation);
        Log.Write("  ok: " + expectation);
    }

    /// <summary>Something a reader must know (e.g. what the kernel cannot do here); printed, never hidden.</summary>
    public void Note(string text)
    {
        _steps.Add("  note: " + text);
        Log.Write("  NOTE: " + text);
    }

    public async Task<ProcessResult> SystemctlAsync(string host, string args, bool mustSucceed = true)
    {
        Log.Write($"  {host}$ systemctl {args}");
        var r = await Topology[host].SystemctlAsync(args, Cancellation).ConfigureAwait(false);
        if (mustSucceed && !r.Ok)
            throw new LabException($"{host}$ systemctl {args} → exit {r.ExitCode}: {r.Combined.Trim()}\n{LogTail(host)}");
        return r;
    }

    public async Task<ProcessResult> ShAsync(string host, string command, bool mustSucceed = true)
    {
        Log.Write($"  {host}$ {command}");
        var r = await Topology[host].ExecAsync(command, TimeSpan.FromSeconds(30), Cancellation).ConfigureAwait(false);
        if (mustSucceed && !r.Ok) throw new LabException($"{host}$ {command} → exit {r.ExitCode}: {r.Combined.Trim()}");
        return r;
    }

    /// <summary>Starts units on hosts in parallel (e.g. nginx on every web server).</summary>
    public Task StartAllAsync(string unit, params string[] hosts) =>
        Task.WhenAll(hosts.Select(h => SystemctlAsync(h, "start " + unit)));

    public async Task<long> WaitVipAsync(string vip, string host, TimeSpan timeout, bool exclusive = true)
    {
        var ts = await Vips.WaitForHolderAsync(vip, host, timeout, exclusive, Cancellation).ConfigureAwait(false);
        Check(true, $"{vip} on {host}{(exclusive ? " only" : "")} (ip addr)");
        return ts;
    }

    /// <summary>Asserts that <paramref name="vip"/> stays where it is for <paramref name="duration"/>.</summary>
    public async Task HoldsForAsync(string vip, string host, TimeSpan duration, string why)
    {
        var end = Now + (long)(duration.TotalSeconds * Time.TimestampFrequency);
        while (Now < end)
        {
            var holders = Vips.Holders(vip);
            if (holders.Count != 1 || holders[0] != host)
                throw new LabException($"expected {vip} to stay on {host} ({why}), holders now: {(holders.Count == 0 ? "none" : string.Join(", ", holders))}");
            await Task.Delay(100, Cancellation).ConfigureAwait(false);
        }
        Check(true, $"{vip} stays on {host} for {duration.TotalSeconds:0.#} s ({why})");
    }

    public ClientLoop StartLoop(string client, string url, TimeSpan interval, int count, string curlArgs = "")
    {
        var loop = new ClientLoop(Topology[client], url, interval, count, Time, curlArgs);
        _loops.Add(loop);
        loop.Start();
        Log.Write($"  {client}$ client loop: curl {url} every {interval.TotalSeconds:0.##} s, at most {count} requests");
        return loop;
    }

    public async Task<ClientSample> CurlAsync(string client, string url, string extraArgs = "", double maxSeconds = 2)
    {
        var start = Now;
        var r = await Topology[client].ExecAsync(CurlCommand.Build(url, maxSeconds, extraArgs), TimeSpan.FromSeconds(maxSeconds + 5), Cancellation).ConfigureAwait(false);
        var (status, body) = CurlCommand.Parse(r.StdOut);
        return new ClientSample(0, start, Now, r.TimedOut ? 28 : r.ExitCode, status, body, r.StdErr.Trim());
    }

    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, TimeSpan? poll = null)
    {
        var end = Now + (long)(timeout.TotalSeconds * Time.TimestampFrequency);
        while (true)
        {
            if (await condition().ConfigureAwait(false)) { Check(true, what); return; }
            if (Now > end) throw new LabException($"expected within {timeout.TotalSeconds:0.#} s: {what}");
            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(200), Cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Measures a failover: waits for <paramref name="vip"/> on <paramref name="newHost"/>, then (with a client loop)
    /// for the first request started after that which <paramref name="answeredByNew"/> accepts. Records and
    /// asserts the bound.
    /// </summary>
    public async Task<FailoverMeasurement> MeasureFailoverAsync(
        string action, long actionTs, string vip, string newHost, ClientLoop? loop, Func<ClientSample, bool>? answeredByNew,
        double boundSeconds, string detection, string keepalivedTimer)
    {
        var timeout = TimeSpan.FromSeconds(boundSeconds + 5);
        var vipTs = await Vips.WaitForHolderAsync(vip, newHost, timeout, exclusive: false, Cancellation).ConfigureAwait(false);
        var endTs = vipTs;
        int? failed = null, total = null;
        if (loop != null)
        {
            var answered = await loop.WaitForAsync(vipTs, s => s.Ok && (answeredByNew?.Invoke(s) ?? true), timeout, $"an answer from {newHost}", Cancellation).ConfigureAwait(false);
            endTs = answered.EndTs;
            var window = loop.Samples.Where(s => s.EndTs > actionTs && s.StartTs <= answered.StartTs).ToList();
            failed = window.Count(s => !s.Ok);
            total = window.Count;
        }
        var seconds = Seconds(actionTs, endTs);
        var m = new FailoverMeasurement(ScenarioId, action, seconds, failed, total, detection, keepalivedTimer, boundSeconds);
        _failovers.Add(m);
        Log.Write(string.Create(CultureInfo.InvariantCulture,
            $"  failover '{action}': {seconds:0.00} s (VIP on {newHost} after {Seconds(actionTs, vipTs):0.00} s){(loop != null ? $", failed requests {failed}/{total}" : "")}; detection {detection}; keepalived {keepalivedTimer}"));
        Check(seconds <= boundSeconds, string.Create(CultureInfo.InvariantCulture, $"failover '{action}' within {boundSeconds:0.##} s (measured {seconds:0.00} s)"));
        return m;
    }

    /// <summary>The last lines of a host's service logs, for failure messages.</summary>
    public string LogTail(string host, int lines = 12)
    {
        var h = Topology[host];
        var parts = new List<string>();
        foreach (var f in new[] { "/var/log/keepalived.log", "/var/log/haproxy.log", "/var/log/nginx/error.log" })
        {
            var text = h.ReadFile(f);
            if (text.Length == 0) continue;
            var tail = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines);
            parts.Add($"--- {host}:{f}\n" + string.Join('\n', tail));
        }
        return string.Join('\n', parts);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var l in _loops) await l.DisposeAsync().ConfigureAwait(false);
        _loops.Clear();
    }
}
