namespace KeepProxy.Lab.Specs;

/// <summary>The spelling of <see cref="Implementation"/> on command lines and in expected-failures.txt.</summary>
public static class ImplementationNames
{
    public static string ToName(this Implementation impl) => impl switch
    {
        Implementation.Reference => "reference",
        Implementation.KeepProxy => "keepproxy",
        Implementation.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(impl)),
    };

    public static bool TryParse(string? text, out Implementation impl)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "reference": impl = Implementation.Reference; return true;
            case "keepproxy": impl = Implementation.KeepProxy; return true;
            case "mixed": impl = Implementation.Mixed; return true;
            default: impl = default; return false;
        }
    }
}
