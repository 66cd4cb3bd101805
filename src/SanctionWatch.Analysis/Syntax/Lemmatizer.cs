namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// Lemmas from a lexicon of the training data (form and UPOS, then lower-cased form and UPOS) and, for unknown words,
/// suffix edit rules per UPOS (strip k characters, append s, optionally lower-case first) chosen by the longest
/// suffix seen in training, as in UDPipe's lemma guesser.
/// </summary>
internal sealed class Lemmatizer
{
    /// <summary>The longest suffix a rule is keyed by.</summary>
    public const int MaxSuffix = 6;

    private readonly Dictionary<string, string> _lexicon;
    private readonly Dictionary<string, LemmaRule> _rules;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lexiconBySpan;
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> _rulesBySpan;

    /// <summary>Creates the lemmatiser; lexicon keys are <c>UPOS\tform</c>, rule keys <c>UPOS\tsuffix</c> (suffix lower-case).</summary>
    public Lemmatizer(Dictionary<string, string> lexicon, Dictionary<string, LemmaRule> rules)
    {
        // Ordinal keys, looked up by span so that tagging a word builds no key strings.
        _lexicon = new Dictionary<string, string>(lexicon, StringComparer.Ordinal);
        _rules = new Dictionary<string, LemmaRule>(rules, StringComparer.Ordinal);
        _lexiconBySpan = _lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        _rulesBySpan = _rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyDictionary<string, string> Lexicon => _lexicon;

    public IReadOnlyDictionary<string, LemmaRule> Rules => _rules;

    /// <summary>The lemma of a word with a given UPOS.</summary>
    public string Lemma(string form, string upos)
    {
        var length = upos.Length + 1 + form.Length;
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        upos.CopyTo(key);
        key[upos.Length] = '\t';
        var word = key[(upos.Length + 1)..];
        form.CopyTo(word);
        if (_lexiconBySpan.TryGetValue(key, out var lemma))
        {
            return lemma;
        }

        form.AsSpan().ToLowerInvariant(word);
        if (_lexiconBySpan.TryGetValue(key, out lemma))
        {
            return lemma;
        }

        for (var k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
        {
            // Move the suffix next to the tab: "UPOS\tsuffix".
            word[^k..].CopyTo(word);
            if (_rulesBySpan.TryGetValue(key[..(upos.Length + 1 + k)], out var rule))
            {
                return rule.Apply(form);
            }

            form.AsSpan().ToLowerInvariant(word);
        }

        return form;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_lexicon.Count);
        foreach (var (key, lemma) in _lexicon.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(lemma);
        }

        writer.Write(_rules.Count);
        foreach (var (key, rule) in _rules.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(rule.Lower);
            writer.Write(rule.Strip);
            writer.Write(rule.Append);
        }
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var lexicon = new Dictionary<string, string>(Math.Max(0, count), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            lexicon[reader.ReadString()] = reader.ReadString();
        }

        count = reader.ReadInt32();
        var rules = new Dictionary<string, LemmaRule>(Math.Max(0, count), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            rules[reader.ReadString()] = new LemmaRule(reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString());
        }

        return new Lemmatizer(lexicon, rules);
    }
}
