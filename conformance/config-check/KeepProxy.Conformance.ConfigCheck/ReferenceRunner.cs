using System.Diagnostics;
using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// Runs the reference program live with a record's inputs, exactly as record.sh does: haproxy under `env -i` with
/// environment.txt; keepalived inside `unshare --net`, with the veth pairs of interfaces.txt unless the mode is "bare".
/// Nothing is ever created in the root network namespace.
/// </summary>
public static class ReferenceRunner
{
    public static string? Executable(ConfigLanguage language)
    {
        string name = ConfigLanguageNames.Name(language);
        foreach (string dir in new[] { "/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin" })
        {
            string path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    public static CheckOutput Run(ConfigLanguage language, IReadOnlyList<string> args, string mode)
    {
        var psi = new ProcessStartInfo { WorkingDirectory = Workspace.Root, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        if (language == ConfigLanguage.HAProxy)
        {
            psi.FileName = "env";
            psi.ArgumentList.Add("-i");
            foreach (var (k, v) in SuiteInputs.HAProxyEnvironment)
            {
                psi.ArgumentList.Add($"{k}={v}");
            }

            foreach (string a in args)
            {
                psi.ArgumentList.Add(a);
            }
        }
        else
        {
            string setup = mode == "bare"
                ? ""
                : string.Concat(SuiteInputs.InterfacePairs.Select(p => $"ip link add {p.Name} type veth peer name {p.Peer} || exit 3; "));
            psi.FileName = "unshare";
            psi.ArgumentList.Add("--net");
            psi.ArgumentList.Add("sh");
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(setup + "exec \"$@\"");
            psi.ArgumentList.Add("sh");
            foreach (string a in args)
            {
                psi.ArgumentList.Add(a);
            }
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {psi.FileName}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', args)} did not finish in 30 s");
        }

        // A signal death shows as 128 + signal, as in the shell that record.sh uses.
        return OutputNormalizer.Make(language, process.ExitCode, stdout.Result, stderr.Result);
    }
}
