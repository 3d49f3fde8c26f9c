using System.Text.RegularExpressions;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// One reviewed, documented difference from the reference (a line of improvements.tsv).
/// <list type="bullet">
/// <item><c>exit</c>, <c>verdict</c>, <c>first</c>: ours must print exactly <see cref="Value"/> there instead of the reference's.</item>
/// <item><c>extra-line</c>: ours may print lines matching the regex <see cref="Value"/> that the reference does not.</item>
/// <item><c>missing-line</c>: ours may omit reference lines matching the regex <see cref="Value"/>.</item>
/// </list>
/// <see cref="Case"/> is a record's case path or <c>*</c> (only for line rules); <see cref="Mode"/> a mode or <c>*</c>.
/// </summary>
public sealed record Improvement(string Language, string Case, string Mode, string Field, string Value, string Reason)
{
    private readonly Regex? _regex = Field is "extra-line" or "missing-line" ? new Regex(Value, RegexOptions.CultureInvariant) : null;

    public bool AppliesTo(string language, CheckRecord record) =>
        Language == language && (Case == "*" || Case == record.Case) && (Mode == "*" || Mode == record.Mode);

    public bool Matches(string line) => _regex?.IsMatch(line) ?? false;
}
