using System.Text;
using KeepProxy.Lab.Processes;
using KeepProxy.Lab.Specs;

namespace KeepProxy.Lab.Topology;

/// <summary>A running lab host. Commands run inside all of its namespaces through nsenter, with a clean
/// environment, so <c>pidof</c>, <c>hostname</c>, <c>systemctl</c> and paths behave as on a real machine.</summary>
public sealed class LabHost
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    internal LabHost(HostSpec spec, HostLayout layout, NamespaceHolder holder)
    {
        Spec = spec;
        Layout = layout;
        Holder = holder;
    }

    public string Name => Spec.Name;

    public HostSpec Spec { get; }

    public HostLayout Layout { get; }

    internal NamespaceHolder Holder { get; }

    /// <summary>The host's first address (without prefix), e.g. 172.25.254.131.</summary>
    public string Address => Spec.Links[0].Addresses[0].Split('/')[0];

    /// <summary>nsenter arguments that run <paramref name="command"/> with bash inside this host.</summary>
    public IReadOnlyList<string> NsenterArgs(string command) =>
    [
        "-t", Holder.InitPid.ToString(System.Globalization.CultureInfo.InvariantCulture), "-n", "-m", "-p", "-u", "-i", "--",
        "env", "-i", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", "LANG=C.UTF-8", "TERM=dumb",
        "bash", "-c", "cd / && " + command,
    ];

    public Task<ProcessResult> ExecAsync(string command, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        if (!Holder.IsAlive) throw new LabException($"host {Name} is gone");
        return LabProcess.RunAsync("nsenter", NsenterArgs(command), timeout ?? DefaultTimeout, ct);
    }

    /// <summary>Runs a command and throws a <see cref="LabException"/> with its output when it fails.</summary>
    public async Task<ProcessResult> RunAsync(string command, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        var r = await ExecAsync(command, timeout, ct).ConfigureAwait(false);
        if (!r.Ok)
            throw new LabException($"{Name}$ {command}\n  exit {(r.TimedOut ? "timeout" : r.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {r.Combined.Trim()}");
        return r;
    }

    public Task<ProcessResult> SystemctlAsync(string args, CancellationToken ct = default) =>
        ExecAsync("systemctl " + args, TimeSpan.FromSeconds(20), ct);

    /// <summary>Writes a file inside the running host (through its own mounts, so overlays stay coherent).</summary>
    public Task WriteFileAsync(string path, string content, bool executable = false, CancellationToken ct = default)
    {
        var b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(content));
        var dir = Path.GetDirectoryName(path) ?? "/";
        return RunAsync($"mkdir -p {HostLayout.ShellQuote(dir)} && echo {b64} | base64 -d > {HostLayout.ShellQuote(path)} && chmod {(executable ? "755" : "644")} {HostLayout.ShellQuote(path)}", ct: ct);
    }

    /// <summary>Reads a file the host wrote on one of its bind mounts (/var/log, /run, …); empty when absent.</summary>
    public string ReadFile(string path)
    {
        try { return File.ReadAllText(Layout.MapToOutside(path)); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    public async Task<bool> IsActiveAsync(string unit, CancellationToken ct = default) =>
        (await ExecAsync($"systemctl is-active {unit}", TimeSpan.FromSeconds(10), ct).ConfigureAwait(false)).ExitCode == 0;

    public async Task<bool> ProcessRunningAsync(string name, CancellationToken ct = default) =>
        (await ExecAsync($"pidof {name}", TimeSpan.FromSeconds(10), ct).ConfigureAwait(false)).ExitCode == 0;
}
