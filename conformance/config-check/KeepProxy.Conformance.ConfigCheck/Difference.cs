namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>One way our output differs from the reference's. <see cref="Cause"/> groups differences for the report.</summary>
public sealed record Difference(string Kind, string Cause, string Detail)
{
    public override string ToString() => $"{Kind}: {Detail}";
}
