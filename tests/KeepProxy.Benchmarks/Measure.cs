using System.Diagnostics;

namespace KeepProxy.Benchmarks;

/// <summary>
/// Wall-clock timing: in-process calls and whole processes (start to exit). Warm-up runs first, then the
/// median of the timed runs. Callers interleave ours and the reference run by run (see Program), so a
/// slow phase of the shared 2-core machine hits both sides alike.
/// </summary>
public static class Measure
{
    public static double Median(List<double> xs)
    {
        if (xs.Count == 0) return double.NaN;
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    /// <summary>Times one in-process call; the result is the call's return value.</summary>
    public static (double Ms, int Result) Call(Func<int> f)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var sw = Stopwatch.StartNew();
        var r = f();
        sw.Stop();
        return (sw.Elapsed.TotalMilliseconds, r);
    }

    /// <summary>Runs a process to exit with its output captured (not printed) and times start to exit.</summary>
    public static (double Ms, int ExitCode, string Output) Process(string file, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        var sw = Stopwatch.StartNew();
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        sw.Stop();
        return (sw.Elapsed.TotalMilliseconds, p.ExitCode, stdout.Result + stderr.Result);
    }
}
