using Xunit.Abstractions;

namespace KeepProxy.Conformance.ConfigCheck;

/// <summary>
/// Names one record in a theory. Serializable so that every record is its own test case, and shown untruncated
/// (xunit cuts string arguments after 50 characters, which would make the generated cases' names ambiguous).
/// </summary>
public sealed class RecordId : IXunitSerializable
{
    private const string CasesPrefix = "conformance/config-check/cases/";

    public RecordId()
    {
        Language = "";
        Key = "";
    }

    public RecordId(string language, string key)
    {
        Language = language;
        Key = key;
    }

    public string Language { get; private set; }

    public string Key { get; private set; }

    public void Deserialize(IXunitSerializationInfo info)
    {
        Language = info.GetValue<string>(nameof(Language));
        Key = info.GetValue<string>(nameof(Key));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Language), Language);
        info.AddValue(nameof(Key), Key);
    }

    public override string ToString() => Key.StartsWith(CasesPrefix, StringComparison.Ordinal) ? Key[CasesPrefix.Length..] : Key;
}
