using System.Text.RegularExpressions;

namespace KeepProxy.Lab.Observation;

/// <summary>One line of <c>ip -o -4 monitor address</c> or <c>ip -o -4 addr show</c>:
/// <c>[Deleted ]3: ens33    inet 172.25.254.130/32 scope global ens33\ …</c>.</summary>
public sealed partial record IpAddressEvent(bool Deleted, string Interface, string Address, int PrefixLength)
{
    public static IpAddressEvent? Parse(string line)
    {
        var m = LineRegex().Match(line);
        if (!m.Success) return null;
        return new IpAddressEvent(
            m.Groups["del"].Success,
            m.Groups["if"].Value,
            m.Groups["addr"].Value,
            int.Parse(m.Groups["len"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<del>Deleted\s+)?\d+:\s+(?<if>[^\s:@]+)(?:@\S+)?\s+inet\s+(?<addr>\d+\.\d+\.\d+\.\d+)/(?<len>\d+)")]
    private static partial Regex LineRegex();
}
