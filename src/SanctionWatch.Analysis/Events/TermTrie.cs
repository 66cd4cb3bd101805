namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Matches one lower-cased word against patterns: exact (<c>öl</c>), prefix (<c>liefer*</c>), suffix (<c>*hilfe</c>)
/// or inside a compound (<c>*munition*</c>); the longest match wins. A character trie walked from each start
/// position, so a lookup allocates nothing and costs about the word's length times the few characters that match.
/// </summary>
/// <typeparam name="T">What a pattern stands for.</typeparam>
internal sealed class TermTrie<T>
    where T : class
{
    private readonly Node _root = new();
    private bool _hasInner;

    /// <summary>Adds a pattern in the lexicon syntax.</summary>
    public void Add(string pattern, T value)
    {
        bool prefix = pattern.EndsWith('*');
        bool suffix = pattern.StartsWith('*');
        string core = pattern.Trim('*').ToLowerInvariant();
        if (core.Length == 0)
        {
            return;
        }

        var kind = (prefix, suffix) switch
        {
            (true, true) => MatchKind.Contains,
            (true, false) => MatchKind.Prefix,
            (false, true) => MatchKind.Suffix,
            _ => MatchKind.Exact,
        };
        _hasInner |= suffix;
        var node = _root;
        foreach (char c in core)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Children[c] = next;
            }

            node = next;
        }

        node.Values ??= [];
        node.Values.Add((kind, value));
    }

    /// <summary>The value of the longest pattern that matches <paramref name="word"/> (lower case), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every word of every document
    public Match Find(ReadOnlySpan<char> word)
    {
        Match best = default;
        int starts = _hasInner ? word.Length : Math.Min(1, word.Length);
        for (int start = 0; start < starts; start++)
        {
            var node = _root;
            for (int i = start; i < word.Length; i++)
            {
                if (node.Children is null || !node.Children.TryGetValue(word[i], out node))
                {
                    break;
                }

                if (node.Values is null || i + 1 - start <= best.Length)
                {
                    continue;
                }

                bool atEnd = i + 1 == word.Length;
                foreach (var (kind, value) in node.Values)
                {
                    bool ok = kind switch
                    {
                        MatchKind.Exact => start == 0 && atEnd,
                        MatchKind.Prefix => start == 0,
                        MatchKind.Suffix => atEnd,
                        _ => true,
                    };
                    if (ok)
                    {
                        best = new Match(value, start, i + 1);
                        break;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>A match: the value and the matched characters [Start, End) of the word.</summary>
    public readonly record struct Match(T? Value, int Start, int End)
    {
        /// <summary>Number of matched characters.</summary>
        public int Length => End - Start;
    }

    private enum MatchKind : byte
    {
        Exact,
        Prefix,
        Suffix,
        Contains,
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public List<(MatchKind Kind, T Value)>? Values { get; set; }
    }
}
