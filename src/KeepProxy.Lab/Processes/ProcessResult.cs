namespace KeepProxy.Lab.Processes;

/// <summary>Outcome of a finished command. <see cref="TimedOut"/> means it was killed by PID after its time limit.</summary>
public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr, bool TimedOut)
{
    public bool Ok => ExitCode == 0 && !TimedOut;

    public string Combined => string.IsNullOrEmpty(StdErr) ? StdOut : StdOut + StdErr;
}
