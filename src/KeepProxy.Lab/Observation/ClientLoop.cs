using KeepProxy.Lab.Topology;

namespace KeepProxy.Lab.Observation;

/// <summary>
/// A bounded client loop inside a client host — the articles' <c>while sleep 1; do curl http://VIP; done</c> — at
/// most <c>count</c> requests, one every <c>interval</c>, each limited to one second.
/// </summary>
public sealed class ClientLoop : IAsyncDisposable
{
    private readonly LabHost _client;
    private readonly string _url;
    private readonly TimeSpan _interval;
    private readonly int _count;
    private readonly string _curlArgs;
    private readonly TimeProvider _time;
    private readonly List<ClientSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private Task? _task;

    public ClientLoop(LabHost client, string url, TimeSpan interval, int count, TimeProvider time, string curlArgs = "")
    {
        _client = client;
        _url = url;
        _interval = interval;
        _count = count;
        _time = time;
        _curlArgs = curlArgs;
    }

    public string Url => _url;

    public bool Finished => _task?.IsCompleted ?? false;

    public void Start() => _task = Task.Run(RunAsync);

    public IReadOnlyList<ClientSample> Samples
    {
        get { lock (_gate) return _samples.ToList(); }
    }

    public event Action<ClientSample>? Sample;

    private async Task RunAsync()
    {
        for (var i = 0; i < _count && !_stop.IsCancellationRequested; i++)
        {
            var start = _time.GetTimestamp();
            ClientSample sample;
            try
            {
                var r = await _client.ExecAsync(CurlCommand.Build(_url, 1.0, _curlArgs), TimeSpan.FromSeconds(5), _stop.Token).ConfigureAwait(false);
                var (status, body) = CurlCommand.Parse(r.StdOut);
                sample = new ClientSample(i, start, _time.GetTimestamp(), r.TimedOut ? 28 : r.ExitCode, status, body, r.StdErr.Trim());
            }
            catch (OperationCanceledException) { break; }
            catch (LabException ex)
            {
                sample = new ClientSample(i, start, _time.GetTimestamp(), -1, 0, "", ex.Message);
            }
            lock (_gate) _samples.Add(sample);
            Sample?.Invoke(sample);
            var wait = _interval - _time.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                try { await Task.Delay(wait, _time, _stop.Token).ConfigureAwait(false); }
                catch (OperationCanceledException) { break; }
            }
        }
    }

    /// <summary>Waits until a sample that started at or after <paramref name="sinceTs"/> satisfies <paramref name="predicate"/>.</summary>
    public async Task<ClientSample> WaitForAsync(long sinceTs, Func<ClientSample, bool> predicate, TimeSpan timeout, string what, CancellationToken ct = default)
    {
        var deadline = _time.GetTimestamp() + (long)(timeout.TotalSeconds * _time.TimestampFrequency);
        while (true)
        {
            var hit = Samples.FirstOrDefault(s => s.StartTs >= sinceTs && predicate(s));
            if (hit != null) return hit;
            if (_time.GetTimestamp() > deadline || Finished)
            {
                var last = Samples.LastOrDefault();
                throw new LabException($"client loop on {_url}: {what} not seen within {timeout.TotalSeconds:0.#} s (last answer: {(last == null ? "none" : last.Ok ? last.LastLine : $"failed, curl exit {last.ExitCode} {last.Error}")})");
            }
            await Task.Delay(50, ct).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_task != null)
        {
            try { await _task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false); }
            catch (TimeoutException) { }
        }
        _stop.Dispose();
    }
}
