using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Validation;

/// <summary>
/// The post-parse pass, in the spirit of haproxy's check_config_validity(): backend references and their modes,
/// duplicate servers, userlist references from ACLs, missing timeouts and log formats without a log address.
/// Messages and their order follow haproxy 2.6 (per proxy, in file order).
/// </summary>
internal sealed class ValidityChecker
{
    private readonly HAProxyConfig _config;
    private readonly DiagnosticBag _diag;

    public ValidityChecker(HAProxyConfig config, DiagnosticBag diag)
    {
        _config = config;
        _diag = diag;
    }

    /// <summary>Runs every check; returns true when an alert was reported.</summary>
    public bool Run()
    {
        bool fatal = false;
        var backends = new Dictionary<string, Proxy>(StringComparer.Ordinal);
        foreach (var p in _config.Proxies)
        {
            if (p.HasBackend && !backends.ContainsKey(p.Name))
            {
                backends[p.Name] = p;
            }
        }

        foreach (var px in _config.Proxies)
        {
            if (px.Kind == ProxyKind.Defaults)
            {
                continue;
            }

            // In check_config_validity()'s order: mode checks, listeners, health-check rules, then references.
            if (px.Mode == ProxyMode.Tcp)
            {
                foreach (string name in new[] { "httplog", "httpslog" })
                {
                    if (px.Options.TryGetValue(name, out var opt) && opt.Enabled)
                    {
                        _diag.Warning(opt.Position, $"parsing [{opt.Position.File}:{opt.Position.Line}] : 'option {name}' not usable with {TypeName(px.Kind)} '{px.Name}' (needs 'mode http'). Falling back to 'option tcplog'.");
                    }
                }
            }

            if (px.HasFrontend && px.Binds.Count == 0 && !px.Disabled)
            {
                _diag.Warning(px.Position, $"{TypeName(px.Kind)} '{px.Name}' has no 'bind' directive. Please declare it as a backend if this was intended.");
            }

            if (px.HasBackend && px.HttpChecks.Count > 0 && !px.HasOption("httpchk") &&
                px.HttpChecks.Any(r => r.Action is not ("disable-on-404" or "send-state")))
            {
                _diag.Warning(px.Position, $"{TypeName(px.Kind)} '{px.Name}' uses http-check rules without 'option httpchk', so the rules are ignored.");
            }

            if (px.DefaultBackend is { } db && db == px.Name && px.HasBackend && backends.GetValueOrDefault(db) == px)
            {
                _diag.Alert(px.Position, $"Proxy '{px.Name}': loop detected for default_backend: '{db}'.");
                fatal = true;
            }
            else if (px.DefaultBackend is { } target)
            {
                fatal |= CheckTarget(px, target, backends, "default_backend", "as its default backend");
            }

            foreach (var rule in px.UseBackends)
            {
                // A name with a log-format expression (%[...]) is resolved per request in haproxy.
                if (rule.Backend.Contains('%'))
                {
                    continue;
                }

                fatal |= CheckTarget(px, rule.Backend, backends, "use_backend", "in a 'use_backend' rule");
            }

            var seen = new Dictionary<string, Server>(StringComparer.Ordinal);
            foreach (var s in px.Servers)
            {
                if (seen.TryGetValue(s.Name, out var first))
                {
                    _diag.Alert(s.Position, $"parsing [{s.Position.File}:{s.Position.Line}] : {TypeName(px.Kind)} '{px.Name}', another server named '{s.Name}' was already defined at line {first.Position.Line}, please use distinct names.");
                    fatal = true;
                }
                else
                {
                    seen[s.Name] = s;
                }
            }

            foreach (var s in px.Servers)
            {
                if (s.Option("resolvers") is { } resolvers && !_config.SectionsOf("resolvers").Any(r => r.Name == resolvers))
                {
                    _diag.Alert(s.Position, $"{TypeName(px.Kind)} '{px.Name}', server '{s.Name}': unable to find required resolvers '{resolvers}'");
                    fatal = true;
                }
            }

            foreach (var acl in px.Acls)
            {
                fatal |= CheckUserlistRef(px, acl);
            }

            if (px.Mode is ProxyMode.Tcp or ProxyMode.Http)
            {
                var t = px.Timeouts;
                bool missing = (px.HasFrontend && !(t.Client > 0)) ||
                    (px.HasBackend && px.Servers.Count > 0 &&
                     (!(t.Connect > 0) || (!(t.Server > 0) && (px.Mode == ProxyMode.Http || !(t.Tunnel > 0)))));
                if (missing)
                {
                    _diag.Warning(px.Position,
                        $"missing timeouts for {TypeName(px.Kind)} '{px.Name}'.\n" +
                        "   | While not properly invalid, you will certainly encounter various problems\n" +
                        "   | with such a configuration. To fix this, please ensure that all following\n" +
                        "   | timeouts are set to a non-zero value: 'client', 'connect', 'server'.");
                }
            }

            if (px.HasFrontend && px.Logs.Count == 0 && (px.HasOption("httplog") || px.HasOption("tcplog") || px.HasOption("httpslog")))
            {
                _diag.Warning(px.Position, $"log format ignored for {TypeName(px.Kind)} '{px.Name}' since it has no log address.");
            }
        }

        return fatal;
    }

    private bool CheckTarget(Proxy px, string name, Dictionary<string, Proxy> backends, string keyword, string usage)
    {
        if (!backends.TryGetValue(name, out var be))
        {
            _diag.Alert(px.Position, $"Proxy '{px.Name}': unable to find required {keyword}: '{name}'.");
            return true;
        }

        if (px.Mode != be.Mode && px.Mode is ProxyMode.Http && be.Mode is ProxyMode.Tcp)
        {
            _diag.Alert(px.Position,
                $"{ModeName(px.Mode)} {TypeName(px.Kind)} '{px.Name}' ({px.Position.File}:{px.Position.Line}) tries to use incompatible {ModeName(be.Mode)} {TypeName(be.Kind)} '{be.Name}' ({be.Position.File}:{be.Position.Line}) {usage} (see 'mode').");
            return true;
        }

        return false;
    }

    private bool CheckUserlistRef(Proxy px, Acl acl)
    {
        foreach (string prefix in new[] { "http_auth(", "http_auth_group(" })
        {
            if (acl.Criterion.StartsWith(prefix, StringComparison.Ordinal) && acl.Criterion.EndsWith(')'))
            {
                string ul = acl.Criterion[prefix.Length..^1];
                if (!_config.Userlists.Any(u => u.Name == ul))
                {
                    _diag.Alert(acl.Position, $"parsing [{acl.Position.File}:{acl.Position.Line}]: unable to find userlist '{ul}' referenced in arg 1 of ACL keyword '{prefix[..^1]}' in proxy '{px.Name}'.");
                    return true;
                }
            }
        }

        return false;
    }

    private static string ModeName(ProxyMode mode) => mode switch
    {
        ProxyMode.Http => "http",
        ProxyMode.Tcp => "tcp",
        _ => "health",
    };

    private static string TypeName(ProxyKind kind) => kind switch
    {
        ProxyKind.Frontend => "frontend",
        ProxyKind.Backend => "backend",
        ProxyKind.Defaults => "defaults",
        _ => "proxy",
    };
}
