namespace KeepProxy.Config.HAProxy;

/// <summary>
/// haproxy's startup message format: <c>[LABEL]    (PID) : config : message</c>, the label padded to 10 columns,
/// preceded once by the two [NOTICE] lines (version, path to executable) before the first warning or alert.
/// </summary>
public sealed class HAProxyMessageWriter
{
    private readonly TextWriter _stderr;
    private readonly int _pid;
    private bool _started;

    public HAProxyMessageWriter(TextWriter stderr, int pid)
    {
        _stderr = stderr;
        _pid = pid == 0 ? Environment.ProcessId : pid;
    }

    public void Write(Severity severity, string message)
    {
        // haproxy prints its version/path notices before the first warning or alert only (ha_alert()/ha_warning()
        // call them; ha_notice(), used by ".notice", does not).
        if (!_started && severity != Severity.Notice)
        {
            _started = true;
            _stderr.WriteLine(Format(Severity.Notice, $"haproxy version is {HAProxyCompat.VersionString}", config: false));
            _stderr.WriteLine(Format(Severity.Notice, $"path to executable is {Environment.ProcessPath ?? "proxyd"}", config: false));
        }

        _stderr.WriteLine(Format(severity, message, config: true));
    }

    public string Format(Severity severity, string message, bool config)
    {
        string label = severity switch
        {
            Severity.Alert => "[ALERT]",
            Severity.Warning => "[WARNING]",
            _ => "[NOTICE]",
        };
        return $"{label,-10} ({_pid}) : {(config ? "config : " : "")}{message}";
    }
}
