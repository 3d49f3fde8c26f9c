using KeepProxy.Config.HAProxy.Model;

namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// Argument checks for proxy keywords KeepProxy does not model yet (hash-type, stick-table, redirect, source):
/// haproxy 2.6 rejects bad values while parsing (cfgparse-listen.c, stick_table.c, http_rules.c), so we must too.
/// </summary>
internal sealed partial class LoadSession
{
    private static readonly string[] StickTableTypes = ["ip", "ipv6", "integer", "string", "binary"];

    private static readonly int[] RedirectCodes = [301, 302, 303, 307, 308];

    private const AddressOptions SourceAddress = AddressOptions.Resolve | AddressOptions.PortOk;

    /// <summary>Returns false when the line was rejected (an alert was emitted).</summary>
    private bool CheckUnmodelledArguments(Words w, ProxyBuilder px)
    {
        switch (w[0])
        {
            case "hash-type":
                // cfg_parse_listen(): the method comes first.
                if (w[1] is not ("consistent" or "map-based"))
                {
                    Alert($"{P}'hash-type' only supports 'consistent' and 'map-based'.");
                    return false;
                }

                return true;
            case "stick-table":
                for (int i = 1; i < w.Count; i++)
                {
                    if (w[i] == "type" && w[i + 1].Length > 0 && Array.IndexOf(StickTableTypes, w[i + 1]) < 0)
                    {
                        Alert($"{P}stick-table: unknown type '{w[i + 1]}'.");
                        return false;
                    }
                }

                return true;
            case "redirect":
                for (int i = 1; i < w.Count; i++)
                {
                    if (w[i] == "code" && w[i + 1].Length > 0 &&
                        (!int.TryParse(w[i + 1], out int code) || Array.IndexOf(RedirectCodes, code) < 0))
                    {
                        Alert($"{P}error detected in {TypeName(px.Kind)} '{px.Name}' while parsing redirect rule : 'code': unsupported HTTP code '{w[i + 1]}' (must be one of 301, 302, 303, 307 or 308).");
                        return false;
                    }
                }

                return true;
            case "source":
                if (w[1].Length == 0)
                {
                    return true;
                }

                if (_addresses.Parse(w[1], SourceAddress, out string? error, out _) is null)
                {
                    // haproxy's message ends with its own newline, hence the empty line after it.
                    Alert($"{P}'{w[0]} {w[1]}' : {error}\n");
                    return false;
                }

                return true;
            default:
                return true;
        }
    }
}
