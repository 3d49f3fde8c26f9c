using System.Collections;

namespace KeepProxy.Cli.Check;

/// <summary>
/// An interface set that contains every name. A node folder describes another machine, whose interfaces this
/// machine cannot see, so its configs are checked as if every interface they name exists there.
/// </summary>
public sealed class AnyInterface : IReadOnlySet<string>
{
    public static readonly AnyInterface Instance = new();

    private AnyInterface()
    {
    }

    public int Count => 0;

    public bool Contains(string item) => true;

    public IEnumerator<string> GetEnumerator() => Enumerable.Empty<string>().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => false;

    public bool IsProperSupersetOf(IEnumerable<string> other) => true;

    public bool IsSubsetOf(IEnumerable<string> other) => false;

    public bool IsSupersetOf(IEnumerable<string> other) => true;

    public bool Overlaps(IEnumerable<string> other) => other.Any();

    public bool SetEquals(IEnumerable<string> other) => false;
}
