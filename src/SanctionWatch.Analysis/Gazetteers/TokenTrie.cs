namespace SanctionWatch.Analysis.Gazetteers;

/// <summary>
/// A trie over token sequences: finds the longest known name starting at each token in one pass, so
/// recognising thousands of names costs a dictionary lookup per token, not a scan per name.
/// </summary>
/// <typeparam name="T">What a name leads to.</typeparam>
public sealed class TokenTrie<T>
    where T : class
{
    private readonly Node _root = new();

    /// <summary>The number of names added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="name"/> (tokenised as documents are); the first value added for a name wins.</summary>
    public void Add(string name, T value)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            string key = token.TextOf(name);
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children[key] = child;
            }

            node = child;
        }

        if (node.Value is null)
        {
            node.Value = value;
            Count++;
        }
    }

    /// <summary>
    /// The longest match starting at token <paramref name="index"/>: its token count and value. Where the walk stops at a
    /// token glued to a suffix by a hyphen ("North Korean-made", "Russian-built"), also the name that ends before that
    /// hyphen, with its token count and the hyphen's text position (otherwise 0, null, -1); the caller decides which
    /// suffixes count. One walk serves both.
    /// </summary>
    public TrieMatch<T> LongestMatch(string text, List<Token> tokens, int index)
    {
        var node = _root;
        int bestLength = 0;
        T? best = null;
        for (int i = index; i < tokens.Count; i++)
        {
            if (node.Children is null)
            {
                break;
            }

            // Names do not run across a line break.
            if (i > index && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n'))
            {
                break;
            }

            var lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            var token = tokens[i].Of(text);
            if (!lookup.TryGetValue(token, out var child))
            {
                int dash = token.LastIndexOf('-');
                if (dash > 0 && lookup.TryGetValue(token[..dash], out var glued) && glued.Value is not null)
                {
                    return new TrieMatch<T>(bestLength, best, i - index + 1, glued.Value, tokens[i].Start + dash);
                }

                break;
            }

            node = child;
            if (node.Value is not null)
            {
                bestLength = i - index + 1;
                best = node.Value;
            }
        }

        return new TrieMatch<T>(bestLength, best, 0, null, -1);
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public T? Value { get; set; }
    }
}

/// <summary>What <see cref="TokenTrie{T}.LongestMatch"/> found: the longest name, and a name glued to a suffix by a hyphen.</summary>
/// <param name="Length">Token count of the longest name, or 0.</param>
/// <param name="Value">What it leads to, or null.</param>
/// <param name="GluedLength">Token count up to the token holding the hyphen, or 0.</param>
/// <param name="Glued">What the name before the hyphen leads to, or null.</param>
/// <param name="Hyphen">The hyphen's text position, or -1.</param>
public readonly record struct TrieMatch<T>(int Length, T? Value, int GluedLength, T? Glued, int Hyphen)
    where T : class;
