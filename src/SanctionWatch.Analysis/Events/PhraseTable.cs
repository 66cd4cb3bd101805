namespace SanctionWatch.Analysis.Events;

/// <summary>Exact word sequences (lower case), matched longest first at a position of a sentence's words.</summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>Adds a phrase (words separated by spaces).</summary>
    public void Add(string phrase, T value)
    {
        string[] words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirst[words[0]] = list;
        }

        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>True when some phrase starts with <paramref name="word"/>.</summary>
    public bool Starts(string word) => _byFirst.ContainsKey(word);

    /// <summary>True when some phrase starts with the lower-case <paramref name="word"/>, read where it stands.</summary>
    public bool Starts(ReadOnlySpan<char> word) => _byFirst.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>All phrases that match at <paramref name="at"/>, longest first (number of words and value).</summary>
    public IEnumerable<(int Length, T Value)> MatchAll(IReadOnlyList<string> words, int at, int end)
    {
        if (!_byFirst.TryGetValue(words[at], out var list))
        {
            yield break;
        }

        foreach (var (phrase, value) in list)
        {
            if (Matches(phrase, words, at, end))
            {
                yield return (phrase.Length, value);
            }
        }
    }

    /// <summary>The longest phrase that matches at <paramref name="at"/>, or (0, default).</summary>
    public (int Length, T? Value) Match(IReadOnlyList<string> words, int at, int end)
    {
        if (!_byFirst.TryGetValue(words[at], out var list))
        {
            return (0, default);
        }

        foreach (var (phrase, value) in list)
        {
            if (Matches(phrase, words, at, end))
            {
                return (phrase.Length, value);
            }
        }

        return (0, default);
    }

    // True when the phrase, whose first word is known to match, fits before end and matches its other words.
    private static bool Matches(string[] phrase, IReadOnlyList<string> words, int at, int end)
    {
        if (at + phrase.Length > end)
        {
            return false;
        }

        for (int k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
