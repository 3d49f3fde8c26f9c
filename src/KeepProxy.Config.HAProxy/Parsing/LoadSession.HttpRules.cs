using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// http-request / http-response / http-after-response rules (haproxy's parse_http_req_cond() and friends in
/// http_rules.c): the action must be registered, its fixed arguments present, and what follows them must be an
/// <c>if</c>/<c>unless</c> condition whose ACLs exist. Errors there abort the file (ERR_ABORT), so no "Fatal errors"
/// line follows. Valid rules stay known-but-unsupported (returns true).
/// </summary>
internal sealed partial class LoadSession
{
    /// <summary>The http-reply options of deny/tarpit/return (http_parse_http_reply()), with their value counts.</summary>
    private static readonly Dictionary<string, int> ReplyOptions = new(StringComparer.Ordinal)
    {
        ["deny_status"] = 1, ["status"] = 1, ["content-type"] = 1, ["errorfile"] = 1, ["errorfiles"] = 1,
        ["file"] = 1, ["lf-file"] = 1, ["string"] = 1, ["lf-string"] = 1, ["hdr"] = 2,
    };

    private bool CheckHttpRule(Words w, ProxyBuilder px)
    {
        string[]? table = w[0] switch
        {
            "http-request" => HttpActionNames.HttpRequest,
            "http-response" => HttpActionNames.HttpResponse,
            "http-after-response" => HttpActionNames.HttpAfterResponse,
            _ => null,
        };
        if (table is null || px.Kind == ProxyKind.Defaults)
        {
            return true;
        }

        string kw = w[0];
        string action = w[1];
        string? name = HttpActionNames.Find(table, action);
        if (name is null)
        {
            AbortAlert($"parsing [{_file}:{_line}]: '{kw}' expects {HttpActionNames.Expected(table)}but got '{action}'.");
            return false;
        }

        int cur = 2;
        switch (name)
        {
            case "allow":
            case "reject" when kw == "http-request":
                break;
            case "deny":
            case "tarpit":
                while (ReplyOptions.TryGetValue(w[cur], out int values))
                {
                    cur += 1 + values;
                }

                break;
            case "add-header":
            case "set-header":
                if (w[2].Length == 0 || w[3].Length == 0)
                {
                    AbortAlert($"{P}error detected in {TypeName(px.Kind)} '{px.Name}' while parsing '{kw} {action}' rule : expects exactly 2 arguments.");
                    return false;
                }

                cur = 4;
                break;
            case "del-header":
                cur = w[3] == "-m" ? 5 : 3;
                break;
            case "auth":
                if (w[2] == "realm")
                {
                    if (w[3].Length == 0)
                    {
                        // haproxy's message carries its own newline before the final '.'.
                        AbortAlert($"{P}error detected in {TypeName(px.Kind)} '{px.Name}' while parsing '{kw} {action}' rule : missing realm value.\n.");
                        return false;
                    }

                    cur = 4;
                }

                break;
            default:
                // Arguments not modelled yet: the condition starts at the first if/unless.
                while (w[cur].Length > 0 && w[cur] is not ("if" or "unless"))
                {
                    cur++;
                }

                break;
        }

        if (w[cur].Length > 0 && w[cur] is not ("if" or "unless"))
        {
            AbortAlert($"parsing [{_file}:{_line}]: '{kw} {action}' expects either 'if' or 'unless' followed by a condition but found '{w[cur]}'.");
            return false;
        }

        return w[cur].Length == 0 || CheckRuleCondition(w, cur + 1, px, $"an '{kw} {action}' condition", abort: true);
    }

    /// <summary>
    /// The terms of a condition: named ACLs must exist; anonymous ACLs (<c>{ fetch … }</c>) must name a known fetch.
    /// </summary>
    private bool CheckRuleCondition(Words w, int start, ProxyBuilder px, string what, bool abort)
    {
        for (int i = start; i < w.Count; i++)
        {
            string t = w[i];
            if (t == "{")
            {
                string fetch = w[i + 1];
                if (!CheckFetch(fetch, $"{P}error detected while parsing {what} : ", px, abort))
                {
                    return false;
                }

                while (i < w.Count && w[i] != "}")
                {
                    i++;
                }

                continue;
            }

            if (t is "||" or "or" or "!" || t.Length == 0)
            {
                continue;
            }

            string acl = t.TrimStart('!');
            if (acl.Length > 0 && !px.Acls.Any(a => a.Name == acl) && !BuiltinAcls.Contains(acl))
            {
                Alert($"{P}error detected while parsing {what} : no such ACL : '{acl}'.");
                _abort |= abort;
                return false;
            }
        }

        return true;
    }

    /// <summary>A fetch expression <c>name[(args)][,converter…]</c>: the name must be registered (acl.c's parse_acl_expr()).</summary>
    private bool CheckFetch(string expr, string prefix, ProxyBuilder px, bool abort)
    {
        int end = expr.AsSpan().IndexOfAny('(', ',');
        string name = end < 0 ? expr : expr[..end];
        if (!FetchNames.All.Contains(name))
        {
            Alert($"{prefix}unknown fetch method '{name}' in ACL expression '{expr}'.");
            _abort |= abort;
            return false;
        }

        if (FetchNames.UserlistArgument.Contains(name) && expr.Length > end + 1 && expr[end] == '(')
        {
            int close = expr.IndexOf(')', end);
            string list = close < 0 ? expr[(end + 1)..] : expr[(end + 1)..close];
            _pendingUserlistRefs.Add(new PendingUserlistRef(Here(1), list, name, px.Name));
        }

        return true;
    }

    private void AbortAlert(string message)
    {
        Alert(message);
        _abort = true;
    }
}
