namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>haproxy 2.6's PA_O_* flags for str2sa_range(): what a keyword accepts in an address.</summary>
[Flags]
public enum AddressOptions
{
    None = 0,

    /// <summary>PA_O_RESOLVE: a name is resolved now (the libc resolver); failing that the address is invalid.</summary>
    Resolve = 1,

    /// <summary>PA_O_PORT_OK: a port may follow the host.</summary>
    PortOk = 2,

    /// <summary>PA_O_PORT_MAND: the port is mandatory (and may not be 0).</summary>
    PortMandatory = 4,

    /// <summary>PA_O_PORT_RANGE: <c>low-high</c> is allowed.</summary>
    PortRange = 8,

    /// <summary>PA_O_PORT_OFS: <c>+N</c>/<c>-N</c> offsets are allowed.</summary>
    PortOffset = 16,

    /// <summary>PA_O_SOCKET_FD: <c>fd@N</c> must be an inherited socket.</summary>
    SocketFd = 32,

    /// <summary>PA_O_RAW_FD: <c>fd@N</c> is taken as is (log to stdout/stderr).</summary>
    RawFd = 64,

    /// <summary>The caller keeps an unresolved name to resolve after parsing (str2sa_range()'s <c>fqdn</c> argument: servers).</summary>
    KeepFqdn = 128,
}
