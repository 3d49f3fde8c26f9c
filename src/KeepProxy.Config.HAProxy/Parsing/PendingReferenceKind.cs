namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>What a <see cref="PendingReference"/> must resolve to.</summary>
internal enum PendingReferenceKind
{
    HttpErrors,
    Cache,
    SslCertificate,
}
