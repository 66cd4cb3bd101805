using System.Collections.Frozen;
using System.Text;

namespace SanctionWatch.Text;

/// <summary>
/// Identifies a text's language (ISO 639-1, or <c>und</c>) with Cavnar and Trenkle's n-gram rank profiles,
/// using the TextCat fingerprints compiled into this assembly (see <c>tools/langid</c>). Scripts that
/// settle the question alone (Hangul, kana) are decided before any n-gram is counted. Languages the caller reads
/// can be favoured: one of them wins when it fits within <see cref="FavourMargin"/> of the best, because a short
/// English or German sentence full of names can come out closest to Dutch or Romanian, while a real sentence in
/// another language stays further off (measured on UD sentences and own samples; see tools/langid/README.md).
/// </summary>
public sealed class LanguageIdentifier
{
    private const int ProfileSize = 400;
    private const int MaxSampleChars = 4000;
    private const int MinLetters = 20;

    /// <summary>How much further (as a share of the best distance) a favoured language may be and still win.</summary>
    public const double FavourMargin = 0.03;

    private readonly (string Language, FrozenDictionary<string, int> Ranks)[] _profiles;
    private readonly FrozenSet<string> _favoured;

    private LanguageIdentifier((string, FrozenDictionary<string, int>)[] profiles, FrozenSet<string> favoured)
    {
        _profiles = profiles;
        _favoured = favoured;
    }

    /// <summary>This identifier, favouring <paramref name="languages"/> (those the caller can analyse) in close calls.</summary>
    public LanguageIdentifier Favouring(IEnumerable<string> languages) =>
        new(_profiles, languages.ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The languages the identifier can return (besides <c>und</c>).</summary>
    public IEnumerable<string> Languages => _profiles.Select(p => p.Language);

    /// <summary>The most likely language of <paramref name="text"/>, or <c>und</c> when there is too little text.</summary>
    public string Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.AsSpan(0, Math.Min(text.Length, MaxSampleChars));
        int letters = 0, hangul = 0, kana = 0, han = 0, cyrillic = 0;
        foreach (char c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                hangul++;
            }
            else if (c is >= '\u3040' and <= '\u30FF')
            {
                kana++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
        }

        if (letters < MinLetters)
        {
            return "und";
        }

        if (hangul * 4 > letters)
        {
            return "ko";
        }

        if (kana * 10 > letters)
        {
            return "ja";
        }

        if (han * 2 > letters)
        {
            return "zh";
        }

        var ranked = RankNgrams(sample);
        string best = "und", bestFavoured = "und";
        long bestDistance = long.MaxValue, bestFavouredDistance = long.MaxValue;
        bool mostlyCyrillic = cyrillic * 2 > letters;
        foreach (var (language, ranks) in _profiles)
        {
            if (mostlyCyrillic != IsCyrillicLanguage(language))
            {
                continue; // a profile of the other script can only be a worse fit; skip it for speed
            }

            bool favoured = _favoured.Contains(language);
            long bound = favoured ? long.MaxValue : bestDistance; // a favoured language's distance is needed in full
            long distance = 0;
            for (int i = 0; i < ranked.Count; i++)
            {
                distance += ranks.TryGetValue(ranked[i], out int rank) ? Math.Abs(rank - i) : ProfileSize;
                if (distance >= bound)
                {
                    break;
                }
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = language;
            }

            if (favoured && distance < bestFavouredDistance)
            {
                bestFavouredDistance = distance;
                bestFavoured = language;
            }
        }

        return bestFavouredDistance <= bestDistance * (1 + FavourMargin) ? bestFavoured : best;
    }

    private static bool IsCyrillicLanguage(string language) => language is "ru" or "uk" or "be" or "bg" or "sr" or "mk" or "kk" or "mn";

    // The text's own profile: its most frequent 1- to 5-grams of letters, words padded with '_', in rank order.
    private static List<string> RankNgrams(ReadOnlySpan<char> sample)
    {
        var counts = new Dictionary<string, int>(4096);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> word = stackalloc char[66];
        int i = 0;
        while (i < sample.Length)
        {
            while (i < sample.Length && !char.IsLetter(sample[i]))
            {
                i++;
            }

            int length = 0;
            word[length++] = '_';
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                if (length < word.Length - 1)
                {
                    word[length++] = char.ToLowerInvariant(sample[i]);
                }

                i++;
            }

            if (length == 1)
            {
                break;
            }

            word[length++] = '_';
            for (int n = 1; n <= 5; n++)
            {
                for (int s = 0; s + n <= length; s++)
                {
                    var gram = word.Slice(s, n);
                    if (n == 1 && gram[0] == '_')
                    {
                        continue;
                    }

                    lookup[gram] = lookup.TryGetValue(gram, out int count) ? count + 1 : 1;
                }
            }
        }

        return counts
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(ProfileSize)
            .Select(kv => kv.Key)
            .ToList();
    }

    /// <summary>A new identifier with the built-in profiles; thread-safe, so load it once and share it.</summary>
    public static LanguageIdentifier LoadBuiltIn()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream("SanctionWatch.Text.langid-profiles.tsv")
            ?? throw new InvalidOperationException("the language profiles are missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var profiles = new List<(string, FrozenDictionary<string, int>)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string language = line[..tab];
            var ranks = new Dictionary<string, int>(ProfileSize, StringComparer.Ordinal);
            foreach (string gram in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                ranks.TryAdd(gram.ToLowerInvariant(), ranks.Count);
            }

            profiles.Add((language, ranks.ToFrozenDictionary(StringComparer.Ordinal)));
        }

        return new LanguageIdentifier([.. profiles], FrozenSet<string>.Empty);
    }
}
