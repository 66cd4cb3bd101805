namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>Builds the lemma lexicon (most frequent lemma per UPOS and form) and the suffix rules (most frequent edit per UPOS and suffix, over word types).</summary>
internal static class LemmatizerBuilder
{
    public static Lemmatizer Build(IEnumerable<ConlluSentence> sentences)
    {
        var lexicon = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var word in sentences.SelectMany(s => s.Words))
        {
            if (word.Lemma == "_" && word.Form != "_")
            {
                continue;
            }

            var key = word.Upos + "\t" + word.Form;
            if (!lexicon.TryGetValue(key, out var lemmas))
            {
                lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                lexicon[key] = lemmas;
            }

            lemmas[word.Lemma] = lemmas.GetValueOrDefault(word.Lemma) + 1;
        }

        var best = lexicon.ToDictionary(p => p.Key, p => Most(p.Value), StringComparer.Ordinal);
        var ruleCounts = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        foreach (var (key, lemma) in best)
        {
            var tab = key.IndexOf('\t', StringComparison.Ordinal);
            var upos = key[..tab];
            var form = key[(tab + 1)..];
            var rule = LemmaRule.Between(form, lemma);
            var lower = form.ToLowerInvariant();
            for (var k = 0; k <= Math.Min(Lemmatizer.MaxSuffix, lower.Length); k++)
            {
                var suffixKey = upos + "\t" + lower[^k..];
                if (!ruleCounts.TryGetValue(suffixKey, out var rules))
                {
                    rules = [];
                    ruleCounts[suffixKey] = rules;
                }

                rules[rule] = rules.GetValueOrDefault(rule) + 1;
            }
        }

        var chosen = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (key, rules) in ruleCounts)
        {
            if (rules.Values.Sum() >= 2 || key.EndsWith('\t'))
            {
                chosen[key] = Most(rules);
            }
        }

        // A suffix whose rule equals its one-shorter suffix's adds nothing: the lookup falls back to the shorter one.
        var pruned = chosen.Where(p => p.Key.EndsWith('\t') || !chosen.TryGetValue(Shorter(p.Key), out var parent) || parent != p.Value)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new Lemmatizer(best, pruned);
    }

    private static string Shorter(string key)
    {
        var tab = key.IndexOf('\t', StringComparison.Ordinal);
        return string.Concat(key.AsSpan(0, tab + 1), key.AsSpan(tab + 2));
    }

    private static T Most<T>(Dictionary<T, int> counts)
        where T : notnull => counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.ToString(), StringComparer.Ordinal).First().Key;
}
