namespace KeepProxy.Config;

/// <summary>Collects diagnostics in the order they were found; parsers report here instead of throwing.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public bool HasAlerts => _items.Exists(static d => d.Severity == Severity.Alert);

    public bool HasWarnings => _items.Exists(static d => d.Severity == Severity.Warning);

    public Diagnostic? FirstAlert => _items.Find(static d => d.Severity == Severity.Alert);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Alert(SourcePosition position, string message, bool improvement = false) =>
        _items.Add(new Diagnostic(Severity.Alert, position, message, improvement));

    public void Warning(SourcePosition position, string message, bool improvement = false) =>
        _items.Add(new Diagnostic(Severity.Warning, position, message, improvement));

    public void Notice(SourcePosition position, string message, bool improvement = false) =>
        _items.Add(new Diagnostic(Severity.Notice, position, message, improvement));

    public IReadOnlyList<Diagnostic> ToImmutable() => _items.ToArray();
}
