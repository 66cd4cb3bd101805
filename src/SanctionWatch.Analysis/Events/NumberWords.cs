namespace SanctionWatch.Analysis.Events;

/// <summary>
/// A language's number words: single words from the lexicon ("zwölf", "forty") and the compounds built of them
/// ("dreitausend", "zweihundertfünfzig", "fünfundzwanzig", "twenty-five"), read by the usual rule: a scale word
/// (hundert, tausend) multiplies what stands before it, the rest adds up.
/// </summary>
internal sealed class NumberWords
{
    private readonly Dictionary<string, double> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _scales = new(StringComparer.Ordinal);
    private readonly HashSet<string> _joiners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _parts = new(StringComparer.Ordinal);
    private int _longestPart;

    /// <summary>Adds a number word.</summary>
    public void AddWord(string word, double value)
    {
        _words[word] = value;
        AddPart(word, value);
    }

    /// <summary>Adds a scale word that multiplies the number before it inside a compound ("hundert", "thousand").</summary>
    public void AddScale(string word, double value)
    {
        _scales[word] = value;
        AddPart(word, value);
    }

    /// <summary>Adds a word that only joins parts of a compound ("und" in "fünfundzwanzig", "-" in "twenty-five").</summary>
    public void AddJoiner(string joiner) => _joiners.Add(joiner);

    /// <summary>Adds a word that counts only as a part of a compound ("ein" in "einhundert").</summary>
    public void AddPart(string part, double value)
    {
        _parts.TryAdd(part, value);
        _longestPart = Math.Max(_longestPart, part.Length);
    }

    /// <summary>True when <paramref name="word"/> (lower case) is a number word or a compound of them.</summary>
    public bool Contains(string word) => TryRead(word, out _);

    /// <summary>Reads <paramref name="word"/> (lower case) as a number word or compound.</summary>
    public bool TryRead(string word, out double value)
    {
        if (_words.TryGetValue(word, out value))
        {
            return true;
        }

        value = 0;
        if (word.Length < 6 || word.Length > 60)
        {
            return false;
        }

        // Most words start with no number part: reject them before allocating ("often", "Sanktionen").
        if (!StartsWithPart(word))
        {
            return false;
        }

        var parts = new List<double>();
        if (!Split(word, 0, parts) || parts.Count < 2)
        {
            return false;
        }

        value = Compose(parts);
        return value > 0;
    }

    private bool StartsWithPart(string word)
    {
        var known = _parts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(_longestPart, word.Length); len > 0; len--)
        {
            if (known.ContainsKey(word.AsSpan(0, len)))
            {
                return true;
            }
        }

        return false;
    }

    // Splits the word into known parts, longest part first, backtracking; a NaN stands for a joiner.
    private bool Split(string word, int at, List<double> parts)
    {
        if (at == word.Length)
        {
            return true;
        }

        var known = _parts.GetAlternateLookup<ReadOnlySpan<char>>();
        var joiners = _joiners.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(_longestPart, word.Length - at); len > 0; len--)
        {
            var piece = word.AsSpan(at, len);
            bool joiner = joiners.Contains(piece);
            if (!joiner && !known.ContainsKey(piece))
            {
                continue;
            }

            // A joiner stands between two numbers, never first or last.
            if (joiner && (parts.Count == 0 || at + len == word.Length))
            {
                continue;
            }

            double value = joiner ? double.NaN : known[piece];
            parts.Add(joiner || !_scales.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(piece) ? value : -value);
            if (Split(word, at + len, parts))
            {
                return true;
            }

            parts.RemoveAt(parts.Count - 1);
        }

        return false;
    }

    // Scales are stored negative: "drei tausend zwei hundert fünf" = (3 × 1000) + (2 × 100) + 5.
    private static double Compose(List<double> parts)
    {
        double total = 0, current = 0;
        foreach (double p in parts)
        {
            if (double.IsNaN(p))
            {
                continue;
            }

            if (p < 0)
            {
                double scale = -p;
                if (scale >= 1000)
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }
                else
                {
                    current = Math.Max(current, 1) * scale;
                }
            }
            else
            {
                current += p;
            }
        }

        return total + current;
    }
}
