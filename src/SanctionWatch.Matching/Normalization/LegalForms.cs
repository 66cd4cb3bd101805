using System.Reflection;

namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// Legal-form phrases (GmbH, Aktiengesellschaft, Sp. z o.o., ООО, …) and their comparison form, read from the
/// embedded <c>legal_forms.tsv</c> (derived from OpenSanctions rigour's org_types.yml, MIT) and normalised with
/// the same transliteration as names, so that a phrase in any script folds onto one token.
/// </summary>
public sealed class LegalForms
{
    private readonly Dictionary<string, List<(string[] Words, string Form)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Loads the embedded table, normalising each phrase with <paramref name="transliterator"/>.</summary>
    public LegalForms(NameTransliterator transliterator)
    {
        using var stream = typeof(LegalForms).Assembly.GetManifestResourceStream("SanctionWatch.Matching.legal_forms.tsv")
            ?? throw new InvalidOperationException("legal_forms.tsv is not embedded");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.IndexOf('\t') is var tab && tab <= 0)
            {
                continue;
            }

            var words = NameNormalizer.SplitWords(transliterator.ToAscii(line[..tab]));
            if (words.Count == 0 || words.Count > 8)
            {
                continue;
            }

            Add(words.ToArray(), line[(tab + 1)..].Trim());
        }

        foreach (var (word, form) in NameVocabulary.LegalForms)
        {
            Add([word], form);
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Number of phrases known.</summary>
    public int Count => _byFirstWord.Values.Sum(l => l.Count);

    /// <summary>
    /// The length and form of the longest legal-form phrase starting at <paramref name="start"/>, or (0, null).
    /// </summary>
    public (int Length, string? Form) MatchAt(IReadOnlyList<string> words, int start)
    {
        if (!_byFirstWord.TryGetValue(words[start], out var candidates))
        {
            return (0, null);
        }

        foreach (var (phrase, form) in candidates)
        {
            if (start + phrase.Length > words.Count)
            {
                continue;
            }

            bool all = true;
            for (int k = 1; k < phrase.Length && all; k++)
            {
                all = words[start + k] == phrase[k];
            }

            if (all)
            {
                return (phrase.Length, form);
            }
        }

        return (0, null);
    }

    private void Add(string[] words, string form)
    {
        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirstWord[words[0]] = list;
        }

        if (!list.Any(x => x.Words.SequenceEqual(words)))
        {
            list.Add((words, form));
        }
    }
}
