namespace KeepProxy.Lab.Observation;

/// <summary>One request of a client loop. Timestamps are the lab clock's (<see cref="TimeProvider.GetTimestamp"/>).</summary>
public sealed record ClientSample(int Index, long StartTs, long EndTs, int ExitCode, int HttpStatus, string Body, string Error)
{
    /// <summary>curl succeeded and the server answered 2xx/3xx.</summary>
    public bool Ok => ExitCode == 0 && HttpStatus is >= 200 and < 400;

    /// <summary>The last non-empty line of the body (the articles' pages end with the text that names the server).</summary>
    public string LastLine => Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    /// <summary>curl reached a listener-less address that reset the connection at once: the address is alive even
    /// though nothing serves it (used where IPVS cannot run). A reset is told from an ARP or connect timeout by the
    /// request's duration.</summary>
    public bool RefusedWithin(TimeProvider time, double seconds) =>
        ExitCode == 7 && !Error.Contains("No route", StringComparison.OrdinalIgnoreCase) && (EndTs - StartTs) / (double)time.TimestampFrequency < seconds;
}
