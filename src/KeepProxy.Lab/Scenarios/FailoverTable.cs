using System.Globalization;
using System.Text;

namespace KeepProxy.Lab.Scenarios;

/// <summary>The suite's failover table (Markdown), next to keepalived's own timer arithmetic.</summary>
public static class FailoverTable
{
    public static string Format(IEnumerable<FailoverMeasurement> rows)
    {
        var sb = new StringBuilder();
        sb.Append("| scenario | action | failover s | failed / requests | detection | keepalived timer (3 × advert_int + skew; prio 0 → skew) | bound s |\n");
        sb.Append("|---|---|---:|---:|---|---|---:|\n");
        foreach (var r in rows)
        {
            var failed = r.FailedRequests is { } f ? $"{f} / {r.Requests}" : "n/a (no client loop)";
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Scenario} | {r.Action} | {r.Seconds:0.00} | {failed} | {r.Detection} | {r.KeepalivedTimer} | {r.BoundSeconds:0.##} |\n");
        }
        return sb.ToString();
    }
}
