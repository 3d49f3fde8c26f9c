namespace KeepProxy.Config.HAProxy;

/// <summary>
/// Which haproxy KeepProxy answers as: the version the <c>.if version_atleast()</c> predicates compare against, the
/// feature words <c>feature()</c> and <c>-vv</c> report, and the banner text. One table, pinned by tests.
/// </summary>
public static class HAProxyCompat
{
    /// <summary>The haproxy release whose language and messages KeepProxy reproduces.</summary>
    public const string EmulatedVersion = "2.6.12";

    public const string KeepProxyVersion = "0.1.0";

    /// <summary>The shape of haproxy's "haproxy version is X" notice, naming KeepProxy after the emulated version.</summary>
    public const string VersionString = EmulatedVersion + "-keepproxy-" + KeepProxyVersion;

    public const string ReleaseDate = "2026/01/01";

    /// <summary>
    /// haproxy 2.6.12's "Feature list" words as Debian builds it, so harnesses that gate tests on
    /// <c>feature(X)</c> or grep <c>-vv</c> keep working. '+' means enabled.
    /// </summary>
    public static readonly IReadOnlyList<string> Features =
    [
        "-51DEGREES", "+ACCEPT4", "+BACKTRACE", "-CLOSEFROM", "+CPU_AFFINITY", "+CRYPT_H", "-DEVICEATLAS", "+DL",
        "-ENGINE", "+EPOLL", "-EVPORTS", "+GETADDRINFO", "-KQUEUE", "+LIBCRYPT", "+LINUX_SPLICE", "+LINUX_TPROXY",
        "+LUA", "-MEMORY_PROFILING", "+NETFILTER", "+NS", "-OBSOLETE_LINKER", "+OPENSSL", "+OT", "-PCRE", "+PCRE2",
        "+PCRE2_JIT", "-PCRE_JIT", "+POLL", "+PRCTL", "-PROCCTL", "+PROMEX", "-QUIC", "+RT", "+SLZ", "-STATIC_PCRE",
        "-STATIC_PCRE2", "+SYSTEMD", "+TFO", "+THREAD", "+THREAD_DUMP", "+TPROXY", "-WURFL", "-ZLIB",
    ];

    /// <summary>The SSL library name <c>ssllib_name_startswith()</c> compares with.</summary>
    public const string SslLibraryName = "OpenSSL";

    public const string SslLibraryVersion = "3.0.19";
}
