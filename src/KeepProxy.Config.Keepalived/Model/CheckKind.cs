namespace KeepProxy.Config.Keepalived.Model;

/// <summary>real_server checker blocks keepalived 2.2.7 knows.</summary>
public enum CheckKind
{
    TcpCheck,
    HttpGet,
    SslGet,
    MiscCheck,
    SmtpCheck,
    DnsCheck,
    UdpCheck,
    PingCheck,
    FileCheck,
    BfdCheck,
}
