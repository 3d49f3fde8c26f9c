namespace KeepProxy.Lab.Scenarios;

/// <summary>What <c>keepproxy lab</c> shows for a scenario: the client host, the URL it polls, the VIPs to locate.</summary>
public sealed record InteractiveView(string Client, string Url, IReadOnlyList<string> Vips, string CurlArgs = "");
