namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// Which keepalived process handles a root keyword. With <c>-t</c> keepalived reads the config once per process
/// (parent, checker, VRRP, BFD); a root keyword owned by another process is skipped, unknown ones are reported in
/// every pass.
/// </summary>
public enum Subsystem
{
    Global,
    Checker,
    Vrrp,
    Bfd,
}
