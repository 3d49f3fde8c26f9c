namespace KeepProxy.Config.Keepalived.Parsing;

/// <summary>
/// The whole keyword tree of keepalived 2.2.7 as one root table (every process installs all roots; a process
/// skips the roots it does not own). Built once per load; immutable afterwards.
/// </summary>
public static class KeepalivedKeywords
{
    public static KeywordTable<KeywordNode> Build() =>
        KeywordFactory.Table(GlobalKeywords.Roots().Concat(VrrpKeywords.Roots()).Concat(CheckKeywords.Roots()));
}
