namespace KeepProxy.Cli.Lab;

/// <summary>
/// <c>keepproxy lab [SCENARIO|DIR] [--impl reference|keepproxy|mixed] [--verify] [--seconds N]</c>.
/// </summary>
/// <param name="Target">A scenario id ("000", "002-web-ha"), an article number ("001"), or a directory of per-host
/// config folders. Null lists the scenarios.</param>
/// <param name="Implementation">reference (apt keepalived/haproxy), keepproxy (vrrpd/proxyd), or mixed.</param>
/// <param name="Verify">Replay the article's test steps and print the results instead of the interactive view.</param>
/// <param name="Seconds">Interactive view: leave after this many seconds (for scripts and demos); null = until q / Ctrl-C.</param>
public sealed record LabSettings(string? Target, string Implementation = "reference", bool Verify = false, int? Seconds = null);
