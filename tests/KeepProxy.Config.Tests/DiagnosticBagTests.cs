using KeepProxy.Config;

namespace KeepProxy.Config.Tests;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void FirstAlert_WarningsThenAlerts_ReturnsFirstAlertInOrder()
    {
        var bag = new DiagnosticBag();
        bag.Warning(new SourcePosition("f", 1, 1), "w");
        bag.Alert(new SourcePosition("f", 2, 1), "a1");
        bag.Alert(new SourcePosition("f", 3, 1), "a2");

        Assert.True(bag.HasAlerts);
        Assert.True(bag.HasWarnings);
        Assert.Equal("a1", bag.FirstAlert!.Message);
        Assert.Equal(3, bag.Count);
    }

    [Fact]
    public void ToImmutable_LaterAdds_DoNotChangeSnapshot()
    {
        var bag = new DiagnosticBag();
        bag.Notice(SourcePosition.None, "n");
        IReadOnlyList<Diagnostic> snapshot = bag.ToImmutable();
        bag.Alert(SourcePosition.None, "later");

        Assert.Single(snapshot);
        Assert.False(snapshot[0].Improvement);
    }

    [Fact]
    public void ToString_WithoutPosition_OmitsLocation()
    {
        Assert.Equal("Warning: w", new Diagnostic(Severity.Warning, SourcePosition.None, "w").ToString());
        Assert.Equal("f:2:3: Alert: a", new Diagnostic(Severity.Alert, new SourcePosition("f", 2, 3), "a").ToString());
    }
}
