namespace KeepProxy.Lab;

/// <summary>Writes lab progress to a <see cref="TextWriter"/>, each line prefixed with the seconds since start.</summary>
public sealed class TextWriterLabLog(TextWriter writer, TimeProvider? time = null) : ILabLog
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly long _start = (time ?? TimeProvider.System).GetTimestamp();
    private readonly Lock _gate = new();

    public void Write(string line)
    {
        var t = _time.GetElapsedTime(_start).TotalSeconds;
        lock (_gate) writer.WriteLine($"[{t,7:0.00}] {line}");
    }
}
