using System.Diagnostics;
using System.Text;

namespace KeepProxy.Lab.Processes;

/// <summary>
/// A child process the lab started, known by PID. Output is read line by line into a buffer (and to an
/// optional callback). Exit is observed from the process itself, not from end-of-file on its pipes: a
/// daemon that inherited a pipe must never make the lab wait.
/// </summary>
public sealed class LabProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly Task _outPump;
    private readonly Task _errPump;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LabProcess(Process process, Action<string>? onLine)
    {
        _process = process;
        Pid = process.Id;
        _process.Exited += (_, _) => _exited.TrySetResult(SafeExitCode());
        _outPump = PumpAsync(process.StandardOutput, _out, onLine);
        _errPump = PumpAsync(process.StandardError, _err, null);
        if (_process.HasExited) _exited.TrySetResult(SafeExitCode());
    }

    public int Pid { get; }

    public bool HasExited => _exited.Task.IsCompleted;

    public Task<int> Exited => _exited.Task;

    /// <summary>Standard input, for holders that keep their namespaces alive until it reaches end-of-file.</summary>
    public StreamWriter StandardInput => _process.StandardInput;

    public static LabProcess Start(string file, IEnumerable<string> args, Action<string>? onLine = null, bool keepStdinOpen = false)
    {
        var psi = new ProcessStartInfo(file)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = new Process { StartInfo = psi, EnableRaisingEvents = true };
        p.Start();
        var lp = new LabProcess(p, onLine);
        if (!keepStdinOpen)
        {
            try { p.StandardInput.Close(); } catch (IOException) { }
        }
        return lp;
    }

    /// <summary>Runs a command to completion or until <paramref name="timeout"/>, then kills it by PID.</summary>
    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout, CancellationToken ct = default)
    {
        using var p = Start(file, args);
        var timedOut = false;
        try
        {
            await p.Exited.WaitAsync(timeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            timedOut = true;
            p.Kill();
        }
        catch (OperationCanceledException)
        {
            p.Kill();
            throw;
        }
        // Drain what is already in the pipes; a daemon holding them open must not block us.
        await Task.WhenAny(Task.WhenAll(p._outPump, p._errPump), Task.Delay(TimeSpan.FromMilliseconds(300), CancellationToken.None)).ConfigureAwait(false);
        return new ProcessResult(timedOut ? -1 : p.Exited.IsCompleted ? p.Exited.Result : -1, p.StdOut, p.StdErr, timedOut);
    }

    public string StdOut { get { lock (_out) return _out.ToString(); } }

    public string StdErr { get { lock (_err) return _err.ToString(); } }

    /// <summary>SIGKILL by PID (only this process; it is ours).</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException) { }
        catch (System.ComponentModel.Win32Exception) { }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private int SafeExitCode()
    {
        try { return _process.ExitCode; }
        catch (InvalidOperationException) { return -1; }
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink, Action<string>? onLine)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                lock (sink) sink.Append(line).Append('\n');
                onLine?.Invoke(line);
            }
        }
        catch (ObjectDisposedException) { }
        catch (IOException) { }
    }
}
