namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// A name a proxy line refers to that haproxy resolves only after parsing (check_config_validity() and the
/// filters' init): an http-errors section (<c>errorfiles</c>), a cache (<c>cache-use</c>/<c>cache-store</c>/<c>filter cache</c>),
/// or the certificate a <c>bind … ssl</c> needs (Name is then the bind address as written).
/// </summary>
internal readonly record struct PendingReference(PendingReferenceKind Kind, SourcePosition Position, string ProxyType, string Proxy, string Name);
