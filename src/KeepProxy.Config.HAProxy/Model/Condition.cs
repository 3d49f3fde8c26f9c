namespace KeepProxy.Config.HAProxy.Model;

/// <summary>
/// An <c>if</c>/<c>unless</c> condition as written: terms are ACL names, <c>!name</c>, <c>{ anonymous acl }</c>,
/// or <c>||</c> / <c>or</c>. Kept as words; <see cref="AclNames"/> lists the named ACLs it refers to.
/// </summary>
public sealed record Condition(bool Unless, IReadOnlyList<string> Terms)
{
    public IEnumerable<string> AclNames
    {
        get
        {
            int depth = 0;
            foreach (string t in Terms)
            {
                if (t == "{")
                {
                    depth++;
                    continue;
                }

                if (t == "}")
                {
                    depth--;
                    continue;
                }

                if (depth > 0 || t is "||" or "or")
                {
                    continue;
                }

                yield return t.TrimStart('!');
            }
        }
    }

    public override string ToString() => (Unless ? "unless " : "if ") + string.Join(' ', Terms);
}
