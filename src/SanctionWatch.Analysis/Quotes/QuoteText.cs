using SanctionWatch.Analysis.Events;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>One document as the quote rules see it: its text, tokens, sentences and the people and organisations it names, with the word predicates they share.</summary>
internal sealed class QuoteText
{
    private readonly EventLexicon _lex;
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly List<int> _people = [];
    private readonly Func<int, int> _startOf;

    public QuoteText(EventLexicon lex, string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, IReadOnlyList<TextSpan> furniture)
    {
        _lex = lex;
        _text = text;
        _tokens = tokens;
        Sentences = sentences;
        _mentions = mentions;
        _startOf = i => _mentions[i].Start;
        var inFurniture = new CoveringSpans(furniture.Select(f => (f.Start, f.End)));
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (Schema.IsA(m.Schema, Schema.LegalEntity) && !inFurniture.Covers(m.Start, m.End))
            {
                _people.Add(i);
            }
        }

        _people.Sort((a, b) => mentions[a].Start.CompareTo(mentions[b].Start));
    }

    public EventLexicon Lex => _lex;

    public string Text => _text;

    public IReadOnlyList<Token> Tokens => _tokens;

    public IReadOnlyList<TextSpan> Sentences { get; }

    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>Indexes of person and organisation mentions, in document order.</summary>
    public List<int> People => _people;

    /// <summary>The last speaker found, for "he said" and for reported speech in the sentences after.</summary>
    public (int? Mention, string Text, string? Role)? LastSpeaker { get; set; }

    /// <summary>Where the last quote ended.</summary>
    public int LastQuoteEnd { get; set; } = -1;

    public bool IsPronoun(int k) => k >= 0 && k < _tokens.Count && (_lex.Cues.Match([Lower(k)], 0, 1).Value & CueKind.Pronoun) != 0;

    public bool IsTitle(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Word && _lex.Titles.Find(Lower(k)).Value is not null;

    public bool IsPunct(int k, string p) => _tokens[k].Kind == TokenKind.Punctuation && _text.AsSpan(_tokens[k].Start, _tokens[k].Length).SequenceEqual(p);

    public string Lower(int k) => LowerCase.Invariant(_text, _tokens[k].Start, _tokens[k].Length);

    public int FirstTokenAtOrAfter(int offset) => TokenSearch.FirstAtOrAfter(_tokens, offset);

    /// <summary>The first person or organisation mention that starts at <paramref name="start"/>, or -1.</summary>
    public int PersonAt(int start)
    {
        int p = FirstPersonAtOrAfter(start);
        return p < _people.Count && _mentions[_people[p]].Start == start ? _people[p] : -1;
    }

    /// <summary>The index in <see cref="People"/> of the first mention that starts at or after <paramref name="offset"/>.</summary>
    public int FirstPersonAtOrAfter(int offset) => SortedSearch.FirstAtOrAfter(_people, offset, _startOf);

    public int SpeechAt(int k)
    {
        if (k >= _tokens.Count || _tokens[k].Kind != TokenKind.Word)
        {
            return 0;
        }

        var words = new string[Math.Min(3, _tokens.Count - k)];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = Lower(k + i);
        }

        foreach (var (length, kind) in _lex.Cues.MatchAll(words, 0, words.Length))
        {
            if ((kind & (CueKind.Speech | CueKind.Claim)) != 0)
            {
                return length;
            }
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool HasSpeech(int first, int end)
    {
        var lookup = _lex.SpeechWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        for (int k = first; k < end; k++)
        {
            var lower = LowerCase.Word(_text, _tokens[k], buffer);
            if (!lower.IsEmpty && lookup.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasKonjunktiv(int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word && (_lex.Cues.Match([Lower(k)], 0, 1).Value & CueKind.Konjunktiv) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
