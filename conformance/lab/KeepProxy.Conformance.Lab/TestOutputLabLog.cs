using KeepProxy.Lab;
using Xunit.Abstractions;

namespace KeepProxy.Conformance.Lab;

/// <summary>Lab progress into the test's output and into artifacts/lab/&lt;run&gt;.log.</summary>
public sealed class TestOutputLabLog : ILabLog
{
    private readonly ITestOutputHelper output;
    private readonly string file;
    private readonly long _start = TimeProvider.System.GetTimestamp();
    private readonly Lock _gate = new();

    public TestOutputLabLog(ITestOutputHelper output, string file)
    {
        this.output = output;
        this.file = file;
        File.WriteAllText(file, ""); // one run per file
    }

    public void Write(string line)
    {
        var text = $"[{TimeProvider.System.GetElapsedTime(_start).TotalSeconds,7:0.00}] {line}";
        lock (_gate)
        {
            try { output.WriteLine(text); } catch (InvalidOperationException) { }
            File.AppendAllText(file, text + "\n");
        }
    }
}
