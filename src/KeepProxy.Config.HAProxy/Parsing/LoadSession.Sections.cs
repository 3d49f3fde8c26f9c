using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>Section headers and the sections kept as words.</summary>
internal sealed partial class LoadSession
{
    private void CloseSection()
    {
        if (_unsupportedSection is var (position, message))
        {
            _diag.Warning(position, message, improvement: true);
            _unsupportedSection = null;
        }

        if (_minor is not null)
        {
            CheckCacheSize();
            _sections.Add(_minor.Build());
            _minor = null;
        }

        if (_userlist is not null)
        {
            _userlists.Add(_userlist.Build());
            _userlist = null;
        }
    }

    private void StartSection(Words w)
    {
        CloseSection();
        string kind = w[0];
        _sectionKind = kind;
        _sectionName = w[1].Length > 0 ? w[1] : kind;
        _proxy = null;
        switch (kind)
        {
            case "global":
                if (w[1].Length > 0)
                {
                    Alert($"{P}'global' cannot handle unexpected argument '{w[1]}'.");
                }

                if (_global.Position.IsNone)
                {
                    _global.Position = w.Position;
                }

                return;
            case "defaults":
            case "frontend":
            case "backend":
            case "listen":
                StartProxy(w);
                return;
            case "userlist":
                _userlist = new UserlistBuilder(w.Position, w[1]);
                return;
            default:
                _minor = new SectionBuilder(w.Position, kind, w[1]);
                if (kind is "namespace_list" or "program")
                {
                    // program sections are warned about after cfg_program_postparse()'s checks (PostSectionChecks).
                    return;
                }

                // Sections other than the proxies, global and userlist are kept as words, not modelled yet. The warning
                // is given when the section ends, so that haproxy's own diagnostics for its lines come first.
                _unsupportedSection = (w.Position with { Column = w.Columns[0] }, $"{P}'{kind}' section is recognised but not supported by KeepProxy yet; its lines are kept but not used.");
                return;
        }
    }

    private void StartProxy(Words w)
    {
        string kind = w[0];
        var pk = kind switch
        {
            "defaults" => ProxyKind.Defaults,
            "frontend" => ProxyKind.Frontend,
            "backend" => ProxyKind.Backend,
            _ => ProxyKind.Listen,
        };

        string name = w[1];
        if (pk != ProxyKind.Defaults && name.Length == 0)
        {
            Alert($"{P}'{kind}' expects an <id> argument");
            _abort = true;
            return;
        }

        if (pk != ProxyKind.Defaults && InvalidNameChar(name) is var bad && bad != '\0')
        {
            Alert($"{P}character '{bad}' is not permitted in '{kind}' name '{name}'.");
        }

        if (pk == ProxyKind.Defaults && name == "from")
        {
            name = "";
        }

        int next = 2;
        if (pk == ProxyKind.Defaults && w[1] == "from")
        {
            next = 1;
        }

        string? from = null;
        var addresses = new List<string>();
        while (next < w.Count && w[next].Length > 0)
        {
            if (w[next] == "from")
            {
                from = w[next + 1];
                next += 2;
                continue;
            }

            addresses.Add(w[next]);
            next++;
        }

        if (addresses.Count > 0 && pk is ProxyKind.Backend or ProxyKind.Defaults)
        {
            Alert($"{P}please use the 'bind' keyword for listening addresses.");
            return;
        }

        ProxyBuilder? defaults = _lastDefaults;
        if (from is not null)
        {
            defaults = _proxies.FirstOrDefault(p => p.Kind == ProxyKind.Defaults && p.Name == from);
            if (defaults is null)
            {
                Alert($"{P}defaults section '{from}' not found for {kind} '{name}'.");
                _abort = true;
                return;
            }

            var other = _proxies.FirstOrDefault(p => p.Kind == ProxyKind.Defaults && p.Name == from && p != defaults);
            if (other is not null)
            {
                Alert($"{P}ambiguous defaults section name '{from}' referenced by {kind} '{name}' exists at least at {defaults.Position.File}:{defaults.Position.Line} and {other.Position.File}:{other.Position.Line}.");
            }
        }
        else if (pk == ProxyKind.Defaults)
        {
            defaults = null;
        }

        if (pk != ProxyKind.Defaults)
        {
            bool fe = pk is ProxyKind.Frontend or ProxyKind.Listen;
            bool be = pk is ProxyKind.Backend or ProxyKind.Listen;
            // Indexed by name: a linear scan is quadratic on configs with 10,000 backends.
            var clash = _proxiesByName.TryGetValue(name, out var same)
                ? same.FirstOrDefault(p => (fe && p.HasFrontend) || (be && p.HasBackend))
                : null;
            if (clash is not null)
            {
                Alert($"Parsing [{_file}:{_line}]: {TypeName(pk)} '{name}' has the same name as {TypeName(clash.Kind)} '{name}' declared at {clash.Position.File}:{clash.Position.Line}.");
            }
        }

        var proxy = new ProxyBuilder(w.Position, pk, name, from);
        if (defaults is not null)
        {
            proxy.InheritFrom(defaults);
        }

        _proxies.Add(proxy);
        if (pk != ProxyKind.Defaults)
        {
            if (!_proxiesByName.TryGetValue(name, out var list))
            {
                _proxiesByName[name] = list = new List<ProxyBuilder>(1);
            }

            list.Add(proxy);
        }

        _proxy = proxy;
        if (pk == ProxyKind.Defaults)
        {
            _lastDefaults = proxy;
        }

        if (addresses.Count > 0)
        {
            // haproxy 2.6 refuses "listen NAME ADDR" ("please use the 'bind' keyword for listening addresses.");
            // older configs (and the articles) use it, so it is accepted and the modern spelling is shown.
            string joined = string.Join(' ', addresses);
            Warning(
                $"{P}an address on the '{kind}' line is refused by haproxy 2.6 (\"please use the 'bind' keyword for listening addresses.\"); KeepProxy accepts it as:\n" +
                $"   |   {kind} {name}\n   |       bind {joined}",
                improvement: true,
                column: w.Columns[2]);
            foreach (string a in addresses)
            {
                AddBind(new Words(["bind", a], [w.Columns[0], w.Columns[2]], false, false, w.Position), fromListenLine: true);
            }
        }
    }

    /// <summary>haproxy's proxy_type_str(): a listen section is called a "proxy" in messages.</summary>
    private static string TypeName(ProxyKind kind) => kind switch
    {
        ProxyKind.Frontend => "frontend",
        ProxyKind.Backend => "backend",
        ProxyKind.Defaults => "defaults",
        _ => "proxy",
    };

    private void ParseMinor(Words w)
    {
        if (_userlist is not null)
        {
            ParseUserlist(w);
            return;
        }

        if (_minor is null)
        {
            return;
        }

        string[] known = KeywordNames.MinorSections.TryGetValue(_minor.Kind, out var k) ? k : [];
        if (Array.IndexOf(known, w[0]) < 0)
        {
            string? best = KeywordMatch.Best(w[0], known);
            Alert($"parsing [{_file}:{_line}] : unknown keyword '{w[0]}' in '{_minor.Kind}' section" + (best is null ? "" : $"; did you mean '{best}' maybe ?"));
            return;
        }

        CheckMinorAddress(w, _minor.Kind);
        if (_minor.Kind == "http-errors" && w[0] == "errorfile" && w[2].Length > 0 && _options.CheckFiles &&
            CheckErrorFileContents(w[2]) is { } problem)
        {
            Alert($"{P}errorfile : {problem}");
            return;
        }

        _minor.Directives.Add(w.ToDirective());
    }

    private const AddressOptions MailerAddress = AddressOptions.Resolve | AddressOptions.PortOk | AddressOptions.PortMandatory;

    private const AddressOptions PeerAddress = AddressOptions.Resolve | AddressOptions.PortOk | AddressOptions.PortOffset;

    /// <summary>The addresses of mailers (<c>mailer</c>), resolvers (<c>nameserver</c>) and peers (<c>peer</c>/<c>server</c>).</summary>
    private void CheckMinorAddress(Words w, string kind)
    {
        string? address = null;
        AddressOptions opts = MailerAddress;
        string where = "";
        switch (kind, w[0])
        {
            case ("mailers", "mailer"):
            case ("resolvers", "nameserver"):
                address = w[2];
                where = $"{P}'{w[0]} {w[1]}' : ";
                break;
            case ("peers", "peer"):
            case ("peers", "server"):
                // parse_server() runs for a peer before its proxy has an id: haproxy prints "(null)".
                address = w[2];
                opts = PeerAddress;
                where = $"[{_file}:{_line}] : 'server (null)/{w[1]}' : ";
                break;
        }

        if (string.IsNullOrEmpty(address))
        {
            return;
        }

        if (_addresses.Parse(address, opts, out string? error, out _) is null)
        {
            Alert(where + error);
        }
    }

    /// <summary>userlist: <c>group NAME [users a,b]</c>, <c>user NAME [password H | insecure-password P] [groups a,b]</c>.</summary>
    private void ParseUserlist(Words w)
    {
        var ul = _userlist!;
        switch (w[0])
        {
            case "group":
            {
                var users = new List<string>();
                for (int i = 2; i < w.Count; i += 2)
                {
                    if (w[i] == "users")
                    {
                        users.AddRange(w[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries));
                    }
                }

                ul.Groups.Add(new UserlistGroup(w.Position, w[1], users));
                return;
            }

            case "user":
            {
                string? pass = null;
                bool insecure = false;
                var groups = new List<string>();
                for (int i = 2; i < w.Count; i += 2)
                {
                    switch (w[i])
                    {
                        case "password":
                            pass = w[i + 1];
                            break;
                        case "insecure-password":
                            pass = w[i + 1];
                            insecure = true;
                            break;
                        case "groups":
                            groups.AddRange(w[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries));
                            break;
                    }
                }

                ul.Users.Add(new UserlistUser(w.Position, w[1], pass, insecure, groups));
                return;
            }

            default:
                string? best = KeywordMatch.Best(w[0], KeywordNames.MinorSections["userlist"]);
                if (best is not null)
                {
                    // haproxy 2.6 gives no hint in userlist sections; ours is an improvement.
                    _diag.Alert(Here(), $"parsing [{_file}:{_line}]: unknown keyword '{w[0]}' in 'users' section; did you mean '{best}' maybe ?", improvement: true);
                    _fatal = true;
                    _fatalCount++;
                }
                else
                {
                    Alert($"parsing [{_file}:{_line}]: unknown keyword '{w[0]}' in 'users' section");
                }

                return;
        }
    }
}
