namespace KeepProxy.Lab.Generation;

/// <summary>How the systemctl shim starts and stops one unit inside a lab host — what the Debian unit would do.</summary>
/// <param name="Unit">Unit name (without .service).</param>
/// <param name="Process">Process name (comm) the pid file must point at; also what pidof/killall see.</param>
/// <param name="PidFile">Pid file under the host's own /run.</param>
/// <param name="Start">Shell command that starts the daemon; output goes to the host's /var/log.</param>
/// <param name="Reload">Shell command for reload (the pid is in $pid).</param>
/// <param name="Description">Shown by <c>systemctl status</c>.</param>
public sealed record ServiceDefinition(string Unit, string Process, string PidFile, string Start, string Reload, string Description);
