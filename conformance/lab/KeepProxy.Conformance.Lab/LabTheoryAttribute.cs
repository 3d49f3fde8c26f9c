namespace KeepProxy.Conformance.Lab;

/// <summary>The theory form of <see cref="LabFactAttribute"/>.</summary>
public sealed class LabTheoryAttribute : TheoryAttribute
{
    public LabTheoryAttribute()
    {
        if (LabEnvironment.SkipReason() is { } reason) Skip = reason;
    }
}
