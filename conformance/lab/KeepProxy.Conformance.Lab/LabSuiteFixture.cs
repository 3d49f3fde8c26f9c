using KeepProxy.Lab;
using KeepProxy.Lab.Scenarios;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace KeepProxy.Conformance.Lab;

/// <summary>Collects every scenario's failover measurements; at the end of the suite prints the failover table
/// (xunit diagnostic message, shown by dotnet test) and writes it to artifacts/lab/failover-table.md.</summary>
public sealed class LabSuiteFixture(IMessageSink sink) : IDisposable
{
    private readonly List<FailoverMeasurement> _rows = [];
    private readonly Lock _gate = new();

    public void Add(IEnumerable<FailoverMeasurement> rows)
    {
        lock (_gate) _rows.AddRange(rows);
    }

    public void Dispose()
    {
        List<FailoverMeasurement> rows;
        lock (_gate) rows = _rows.OrderBy(r => r.Scenario, StringComparer.Ordinal).ToList();
        if (rows.Count == 0) return;
        var table = FailoverTable.Format(rows);
        try { File.WriteAllText(Path.Combine(LabEnvironment.ArtifactsDir, "failover-table.md"), table); }
        catch (IOException) { }
        sink.OnMessage(new DiagnosticMessage("lab failover table (reference programs):\n" + table));
        Console.WriteLine("lab failover table (reference programs):\n" + table);
    }
}
