using KeepProxy.Lab.Processes;

namespace KeepProxy.Lab.Topology;

/// <summary>
/// Holds one set of namespaces alive: <c>unshare --net --pid --mount --uts --ipc --fork --kill-child --mount-proc
/// bash -c INIT</c>. The init (PID 1 of the new PID namespace) sets up mounts, prints READY, then waits for
/// end-of-file on its stdin — a pipe whose only writer is the lab process. So the namespaces vanish when
/// <list type="bullet">
/// <item>the lab disposes the topology (closes the pipe, then SIGKILLs the unshare process by PID), or</item>
/// <item>the lab process dies in any way (the kernel closes the pipe; Ctrl-C also kills unshare, and
/// --kill-child turns that into SIGKILL for the init).</item>
/// </list>
/// When PID 1 of a PID namespace exits, the kernel kills every process in it; the mount namespace (and every
/// bind/overlay mount in it) and the network namespace (and its veth ends) go with the last process.
/// </summary>
public sealed class NamespaceHolder : IAsyncDisposable
{
    private readonly LabProcess _unshare;

    private NamespaceHolder(string name, LabProcess unshare, int initPid, string netNsId)
    {
        Name = name;
        _unshare = unshare;
        InitPid = initPid;
        NetNsId = netNsId;
    }

    public string Name { get; }

    /// <summary>PID (in the lab's PID namespace) of the unshare process, our direct child.</summary>
    public int HolderPid => _unshare.Pid;

    /// <summary>PID (in the lab's PID namespace) of the host's init; nsenter targets it.</summary>
    public int InitPid { get; }

    /// <summary>The network namespace's identity, e.g. <c>net:[4026532281]</c>, for leftover checks.</summary>
    public string NetNsId { get; }

    public bool IsAlive => !_unshare.HasExited;

    public static async Task<NamespaceHolder> StartAsync(string name, string initScript, CancellationToken ct)
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var unshare = LabProcess.Start(
            "unshare",
            ["--net", "--pid", "--mount", "--uts", "--ipc", "--fork", "--kill-child", "--mount-proc", "--propagation", "private",
             "bash", "-c", initScript, name],
            line => { if (line == "READY") ready.TrySetResult(); },
            keepStdinOpen: true);
        try
        {
            var done = await Task.WhenAny(ready.Task, unshare.Exited, Task.Delay(TimeSpan.FromSeconds(15), ct)).ConfigureAwait(false);
            if (done != ready.Task)
            {
                ct.ThrowIfCancellationRequested();
                throw new LabException($"host {name}: namespace init did not come up: {unshare.StdErr.Trim()}");
            }
            var initPid = FindChild(unshare.Pid)
                ?? throw new LabException($"host {name}: cannot find the init process of unshare {unshare.Pid}");
            var netNs = ReadLink($"/proc/{initPid}/ns/net") ?? "";
            return new NamespaceHolder(name, unshare, initPid, netNs);
        }
        catch
        {
            unshare.Dispose();
            throw;
        }
    }

    /// <summary>Closes the init's stdin (what the kernel does when the lab dies) without killing anything.
    /// Used by the leftover test to prove that a crashed lab leaves nothing behind.</summary>
    internal void Abandon()
    {
        try { _unshare.StandardInput.Close(); } catch (IOException) { } catch (ObjectDisposedException) { }
    }

    public async ValueTask DisposeAsync()
    {
        Abandon();
        try { await _unshare.Exited.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false); }
        catch (TimeoutException) { }
        _unshare.Dispose(); // SIGKILL by PID if still there; --kill-child takes the init with it.
        try { await _unshare.Exited.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false); }
        catch (TimeoutException) { }
        // The PID namespace is gone once its init is reaped; wait for that so callers can assert on it.
        for (var i = 0; i < 50 && Directory.Exists($"/proc/{InitPid}") && ReadLink($"/proc/{InitPid}/ns/net") == NetNsId; i++)
            await Task.Delay(100).ConfigureAwait(false);
    }

    private static int? FindChild(int pid)
    {
        for (var i = 0; i < 50; i++)
        {
            try
            {
                var text = File.ReadAllText($"/proc/{pid}/task/{pid}/children").Trim();
                if (text.Length > 0) return int.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException) { return null; }
            Thread.Sleep(20);
        }
        return null;
    }

    internal static string? ReadLink(string path)
    {
        try { return new FileInfo(path).LinkTarget; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
