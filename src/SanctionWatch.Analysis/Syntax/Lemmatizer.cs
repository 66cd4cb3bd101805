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

    /// <summary>Creates the lemmatiser; lexicon keys are <c>UPOS\tform</c>, rule keys <c>UPOS\tsuffix</c> (suffix lower-case).</summary>
    public Lemmatizer(Dictionary<string, string> lexicon, Dictionary<string, LemmaRule> rules)
    {
        _lexicon = lexicon;
        _rules = rules;
    }

    public IReadOnlyDictionary<string, string> Lexicon => _lexicon;

    public IReadOnlyDictionary<string, LemmaRule> Rules => _rules;

    /// <summary>The lemma of a word with a given UPOS.</summary>
    public string Lemma(string form, string upos)
    {
        if (_lexicon.TryGetValue(upos + "\t" + form, out var lemma))
        {
            return lemma;
        }

        var lower = form.ToLowerInvariant();
        if (_lexicon.TryGetValue(upos + "\t" + lower, out lemma))
        {
            return lemma;
        }

        for (var k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
        {
            if (_rules.TryGetValue(upos + "\t" + lower[^k..], out var rule))
            {
                return rule.Apply(form);
            }
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
