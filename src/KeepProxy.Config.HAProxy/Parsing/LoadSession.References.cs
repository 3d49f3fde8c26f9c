using System.Text;
using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// References resolved after parsing, and the cache / http-errors section checks haproxy makes while reading
/// (cfg_post_parse_section_cache(), http_load_errorfile()).
/// </summary>
internal sealed partial class LoadSession
{
    private readonly List<PendingReference> _pendingReferences = new();

    private SectionBuilder? _sizeCheckedCache;

    /// <summary>Collects the references in a proxy line (called for every line of a frontend/backend/listen).</summary>
    private void NoteReferences(Words w, ProxyBuilder px)
    {
        if (px.Kind == ProxyKind.Defaults)
        {
            return;
        }

        string type = TypeName(px.Kind);
        switch (w[0])
        {
            case "errorfiles" when w[1].Length > 0:
                _pendingReferences.Add(new PendingReference(PendingReferenceKind.HttpErrors, w.Position, type, px.Name, w[1]));
                break;
            case "http-request" when w[1] == "cache-use" && w[2].Length > 0:
            case "http-response" when w[1] == "cache-store" && w[2].Length > 0:
            case "filter" when w[1] == "cache" && w[2].Length > 0:
                _pendingReferences.Add(new PendingReference(PendingReferenceKind.Cache, w.Position, type, px.Name, w[2]));
                break;
        }
    }

    /// <summary>ssl_sock_prepare_bind_conf(): an ssl bind needs a certificate.</summary>
    private void NoteBindCertificate(Words w, ProxyBuilder px, IReadOnlyList<BindOption> options)
    {
        bool ssl = false, crt = false;
        foreach (var o in options)
        {
            ssl |= o.Name == "ssl";
            crt |= o.Name is "crt" or "crt-list" or "generate-certificates";
        }

        if (ssl && !crt)
        {
            _pendingReferences.Add(new PendingReference(PendingReferenceKind.SslCertificate, w.Position, TypeName(px.Kind), px.Name, w[1]));
        }
    }

    /// <summary>Returns false when a reference does not resolve (each one reported).</summary>
    private bool ResolveReferences(HAProxyConfig config)
    {
        bool ok = true;
        foreach (var r in _pendingReferences)
        {
            switch (r.Kind)
            {
                case PendingReferenceKind.HttpErrors when !config.SectionsOf("http-errors").Any(s => s.Name == r.Name):
                    _diag.Alert(r.Position, $"proxy '{r.Proxy}': unknown http-errors section '{r.Name}' (at {r.Position.File}:{r.Position.Line}).");
                    ok = false;
                    break;
                case PendingReferenceKind.Cache when !config.SectionsOf("cache").Any(s => s.Name == r.Name):
                    _diag.Alert(SourcePosition.None, $"config: {r.ProxyType} '{r.Proxy}': unable to find the cache '{r.Name}' referenced by the filter 'cache'.");
                    ok = false;
                    break;
                case PendingReferenceKind.SslCertificate:
                    _diag.Alert(r.Position, $"Proxy '{r.Proxy}': no SSL certificate specified for bind '{r.Name}' at [{r.Position.File}:{r.Position.Line}] (use 'crt').");
                    ok = false;
                    break;
            }
        }

        return ok;
    }

    /// <summary>cfg_post_parse_section_cache(): a cache without total-max-size is fatal, reported as its section ends.</summary>
    private void CheckCacheSize()
    {
        var c = _minor;
        if (c is null || c.Kind != "cache" || ReferenceEquals(c, _sizeCheckedCache))
        {
            return;
        }

        _sizeCheckedCache = c;
        if (!c.Directives.Any(d => d.Args.Count > 1 && d.Args[0] == "total-max-size" && d.Args[1] != "0"))
        {
            _diag.Alert(SourcePosition.None, $"Size not specified for cache '{c.Name}'");
            _fatal = true;
        }
    }

    /// <summary>
    /// http_load_errorfile(): the file must open and must start with an HTTP response head haproxy's h1 parser
    /// accepts. Returns null when it is fine, else haproxy's words after "errorfile : ".
    /// </summary>
    private static string? CheckErrorFileContents(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"error opening file '{path}'.";
        }

        int offset = ErrorFileHead.ParseError(data);
        return offset == int.MinValue ? null : $"'{path}': unable to parse headers (error offset: {offset})";
    }
}
