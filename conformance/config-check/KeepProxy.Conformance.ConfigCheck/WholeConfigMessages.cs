using System.Text.RegularExpressions;
using KeepProxy.Conformance.Mutation;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// Rejections the reference programs themselves report without a "[file:line]" / "(file: Line N)": the whole-config
/// checks that run after parsing. Each pattern was taken from the recorded reference output (records/*.jsonl); a
/// rejection whose only diagnostics are outside this list and carry no file:line fails the fuzz test.
/// </summary>
public static class WholeConfigMessages
{
    private static readonly Regex[] HAProxy =
    [
        // check_config_validity(): references between proxies, resolved after every file is read.
        Make(@"Proxy '[^']*': unable to find required (default_backend|use_backend): '[^']*'\.$"),
        Make(@"(frontend|proxy) '[^']*' has no 'bind' directive\. Please declare it as a backend if this was intended\.$"),
        Make(@"\S+ (frontend|proxy) '[^']*' \(.+:\d+\) tries to use incompatible \S+ backend '[^']*' \(.+:\d+\)"),
        Make(@"config: (frontend|proxy|backend) '[^']*': unable to find the cache '[^']*'"),
        Make(@"(proxy|backend|frontend) '[^']*': unknown http-errors section '[^']*' \(at .+:\d+\)\.$"),
        Make(@"(backend|proxy) '[^']*', server '[^']*': unable to find required resolvers '[^']*'"),
        Make(@"The program section '[^']*' lacks a command to launch\.$"),
        Make(@"Can't use a 'program' section without master worker mode\.$"),
        Make(@"Some warnings were found and 'zero-warning' is set\. Aborting\.$"),
        Make(@"Size not specified for cache '[^']*'$"),
        Make(@"Proxy '[^']*': no SSL certificate specified for bind '[^']*' at \[.+:\d+\]"),
        // No proxy at all: haproxy -c exits 2 with this on stdout.
        Make(@"^Configuration file has no error but will not start \(no listener\) => exit\(2\)\.$"),
    ];

    private static readonly Regex[] Keepalived =
    [
        Make(@"^Non-existent interface specified in configuration$"),
        Make(@"^There are \d+ missing '}'s or extra '{'s$"),
        Make(@"^SECURITY VIOLATION - (check )?scripts are being executed but script_security not enabled\.$"),
        Make(@"^\([^)]*\) the virtual router id must be set$"),
        Make(@"^\([^)]*\) No VIP specified; at least one is sensible$"),
        Make(@"^\([^)]*\) Unknown interface!$"),
        Make(@"^Virtual router \S+ specified in sync group \S+ doesn't exist - ignoring$"),
        Make(@"^\S+ and \S+ both use VRID \d+ with IPv\d on interface \S+$"),
        Make(@"^Sync group \S+ has no virtual router\(s\)\. removing$"),
        Make(@"^Sync group \S+, no matching virtual router found in group declaration - removing$"),
        Make(@"^Disabling track script \S+ since not found/accessible$"),
        Make(@"^Virtual router \S+ cannot exist in more than one sync group; ignoring \S+$"),
        Make(@"^Sync group \S+ has only \d+ virtual router\(s\) - this probably isn't what you want$"),
        Make(@"^Virtual server .+ has no real servers - ignoring$"),
        Make(@"^VS .+: real server .+ is duplicated - removing second rs$"),
        Make(@"^\([^)]*\) A unicast keyword has been specified without any unicast peers\. Defaulting to multicast\."),
        Make(@"^\([^)]*\) (Strict mode|VRRP version \d+) does not support authentication\. Ignoring\.$"),
        Make(@"^\([^)]*\) Authentication specified but no password given\. Ignoring$"),
        Make(@"^\([^)]*\) preempt_delay is incompatible with nopreempt mode - resetting$"),
        Make(@"^\([^)]*\) Warning - (nopreempt|preempt delay) will not work with initial state MASTER - clearing$"),
        Make(@"^WARNING - virtual server \S+ and real server \S+ ports don't match - resetting$"),
        Make(@"^Warning - quorum \d+ for \S+ exceeds total weight of real servers \d+, reducing quorum to \d+$"),
        Make(@"^Virtual server \S+: hysteresis \d+ >= quorum \d+; setting hysteresis to 0$"),
        Make(@"^\([^)]*\) VRRPv\d advertisement interval \S+ must be an integer\. rounding"),
        Make(@"^Virtual server \S+: zero port only valid for persistent services - setting"),
        Make(@"^WARNING - fwmark virtual server \S+, real server \S+ has port specified - port will be ignored$"),
        Make(@"^Warning: Virtual server FWM \d+: protocol specified for fwmark - protocol will be ignored$"),
        Make(@"^Virtual server \S+: no forwarding method set, setting default NAT$"),
        // keepalived's completion pass (after parsing) names no line for any of its checks: the per-instance
        // "(VI_x) …" and per-virtual-server "Virtual server X: …" families, measured e.g. for
        // "Virtual server [192.168.70.10]:tcp:80: no scheduler set, setting default 'wlc'" (fuzz seed 7921529).
        Make(@"^\([^)]+\) (State MASTER must match|cannot use IPv6|Cannot use AH|Initial state master|Unicast peers are not supported|nopreempt is incompatible|preempt_delay is incompatible|No VIP specified)"),
        Make(@"^Virtual server \S+: (no scheduler set|no protocol set|cannot use ha_suspend)"),
    ];

    /// <summary>True when the line carries a location in the language's own form.</summary>
    public static bool NamesFileAndLine(ConfigLanguage language, string line) =>
        language == ConfigLanguage.HAProxy ? HAProxyLocation.IsMatch(line) : KeepalivedLocation.IsMatch(line);

    public static bool IsWholeConfig(ConfigLanguage language, string line) =>
        (language == ConfigLanguage.HAProxy ? HAProxy : Keepalived).Any(r => r.IsMatch(line));

    private static readonly Regex HAProxyLocation = new(@"\[[^\]\s]+:\d+\]", RegexOptions.CultureInvariant);

    // "(file: Line N)", and keepalived's own "(Line N)": 2.2.7 prints no file name for what it reads in its first
    // parse pass (global_defs and everything before the file name is known), so the line alone is what it gives.
    private static readonly Regex KeepalivedLocation = new(@"\((?:[^()]+: )?Line \d+\)", RegexOptions.CultureInvariant);

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
