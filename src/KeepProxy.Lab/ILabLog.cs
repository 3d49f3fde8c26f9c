namespace KeepProxy.Lab;

/// <summary>Where the lab reports progress (test output, the CLI's terminal).</summary>
public interface ILabLog
{
    void Write(string line);
}
