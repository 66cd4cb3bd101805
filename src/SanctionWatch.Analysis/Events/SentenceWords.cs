namespace SanctionWatch.Analysis.Events;

/// <summary>One sentence's tokens with their lower-cased words, computed once for the sentence's rules.</summary>
internal sealed class SentenceWords
{
    private readonly string[] _lower;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SentenceWords(EventLexicon lexicon, string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        Lexicon = lexicon;
        Text = text;
        Tokens = tokens;
        First = first;
        _lower = new string[end - first];
        for (int i = 0; i < _lower.Length; i++)
        {
            var t = tokens[first + i];
            _lower[i] = LowerCase.Invariant(text, t.Start, t.Length);
        }
    }

    public EventLexicon Lexicon { get; }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Index of the sentence's first token in the document.</summary>
    public int First { get; }

    /// <summary>Lower-cased words, indexed from the sentence's first token.</summary>
    public IReadOnlyList<string> Words => _lower;

    public int Count => _lower.Length;

    public string Lower(int k) => _lower[k];

    public Token Token(int k) => Tokens[First + k];

    public bool IsUpper(int k) => char.IsUpper(Text[Tokens[First + k].Start]);

    public bool IsPunct(int k) => Tokens[First + k].Kind == TokenKind.Punctuation;

    /// <summary>The sentence's last token that starts at or before the character offset <paramref name="charStart"/> (0 before the first).</summary>
    public int TokenAt(int charStart)
    {
        int lo = 0, hi = Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Token(mid).Start <= charStart)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
