namespace KeepProxy.Config;

/// <summary>"Did you mean …" for unknown keywords: the closest candidate by edit distance, if close enough.</summary>
public static class Suggestions
{
    /// <summary>
    /// Returns the candidate closest to <paramref name="word"/> (optimal string alignment distance), or null when
    /// nothing is within a third of the word's length (at least 1, at most 4 edits). Ties go to the first candidate.
    /// </summary>
    public static string? BestMatch(string word, IEnumerable<string> candidates)
    {
        if (string.IsNullOrEmpty(word))
        {
            return null;
        }

        int limit = Math.Clamp(word.Length / 3, 1, 4);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            if (candidate.Length == 0 || string.Equals(candidate, word, StringComparison.Ordinal))
            {
                continue;
            }

            if (Math.Abs(candidate.Length - word.Length) > limit)
            {
                continue;
            }

            int distance = Distance(word, candidate);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        int n = a.Length, m = b.Length;
        Span<int> prev2 = m + 1 <= 256 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> prev = m + 1 <= 256 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> cur = m + 1 <= 256 ? stackalloc int[m + 1] : new int[m + 1];
        for (int j = 0; j <= m; j++)
        {
            prev[j] = j;
        }

        for (int i = 1; i <= n; i++)
        {
            cur[0] = i;
            char ca = char.ToLowerInvariant(a[i - 1]);
            for (int j = 1; j <= m; j++)
            {
                char cb = char.ToLowerInvariant(b[j - 1]);
                int cost = ca == cb ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == cb)
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
            }

            Span<int> t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[m];
    }
}
