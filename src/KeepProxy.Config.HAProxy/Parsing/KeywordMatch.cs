namespace KeepProxy.Config.HAProxy.Parsing;

/// <summary>
/// haproxy's "did you mean" (cfg_find_best_match() over word fingerprints): each word becomes counts of
/// character-class transitions (letters, digit, other, begin, end) and the candidate with the smallest summed
/// difference wins, unless that distance exceeds twice either word's length. Reimplemented from its described
/// behaviour so our hints name the same keyword haproxy would.
/// </summary>
public static class KeywordMatch
{
    private const int Size = 1024;

    public static string? Best(string word, IEnumerable<string> candidates)
    {
        Span<byte> wordFp = stackalloc byte[Size];
        Span<byte> fp = stackalloc byte[Size];
        Fingerprint(word, wordFp);
        string? best = null;
        int bestDist = int.MaxValue;
        foreach (string candidate in candidates)
        {
            Fingerprint(candidate, fp);
            int dist = 0;
            for (int i = 0; i < Size; i++)
            {
                dist += Math.Abs(wordFp[i] - fp[i]);
            }

            if (dist < bestDist)
            {
                bestDist = dist;
                best = candidate;
            }
        }

        if (best is null || bestDist > 2 * word.Length || bestDist > 2 * best.Length)
        {
            return null;
        }

        return best;
    }

    private static void Fingerprint(string word, Span<byte> fp)
    {
        fp.Clear();
        int from = 28;
        foreach (char ch in word)
        {
            char c = char.ToLowerInvariant(ch);
            int to = c is >= 'a' and <= 'z' ? c - 'a' + 1 : c is >= '0' and <= '9' ? 27 : 28;
            fp[to] = 1;
            fp[(32 * from) + to]++;
            from = to;
        }

        fp[(32 * from) + 28]++;
    }
}
