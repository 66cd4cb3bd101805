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

    /// <summary>The longest match starting at token <paramref name="index"/>: its token count and value.</summary>
    public (int Length, T? Value) LongestMatch(string text, List<Token> tokens, int index)
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
            if (!lookup.TryGetValue(tokens[i].Of(text), out var child))
            {
                break;
            }

            node = child;
            if (node.Value is not null)
            {
                bestLength = i - index + 1;
                best = node.Value;
            }
        }

        return (bestLength, best);
    }

    /// <summary>
    /// A name glued to a suffix by a hyphen in its last token ("North Korean-made", "Russian-built"): the token count and
    /// value of the longest name starting at <paramref name="index"/> whose last token is the part before that token's last
    /// hyphen, and the text position of the hyphen; (0, null, -1) when there is none. The caller decides which suffixes count.
    /// </summary>
    public (int Length, T? Value, int Hyphen) MatchBeforeHyphen(string text, List<Token> tokens, int index)
    {
        var node = _root;
        for (int i = index; i < tokens.Count && node.Children is not null; i++)
        {
            if (i > index && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n'))
            {
                break;
            }

            var lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            var token = tokens[i].Of(text);
            int dash = token.LastIndexOf('-');
            if (dash > 0 && lookup.TryGetValue(token[..dash], out var glued) && glued.Value is not null)
            {
                return (i - index + 1, glued.Value, tokens[i].Start + dash);
            }

            if (!lookup.TryGetValue(token, out var child))
            {
                break;
            }

            node = child;
        }

        return (0, null, -1);
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public T? Value { get; set; }
    }
}
