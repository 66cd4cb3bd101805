using System.Text;

namespace SanctionWatch.Analysis.Gazetteers;

/// <summary>
/// Countries, capitals and large cities with their German and English forms, compiled into the assembly
/// by <c>tools/gazetteer/build_places.py</c> from country-list, rigour territories and GeoNames.
/// </summary>
public static class PlaceGazetteer
{
    private static readonly Lazy<List<GazetteerEntry>> Entries = new(Load);

    /// <summary>Every entry.</summary>
    public static IReadOnlyList<GazetteerEntry> All => Entries.Value;

    /// <summary>The surface forms of one name: itself, and for German adjective stems (<c>adj:russisch</c>) the inflected forms.</summary>
    public static IEnumerable<string> SurfaceForms(string name)
    {
        if (name.StartsWith("adj:", StringComparison.Ordinal))
        {
            string stem = name[4..];
            foreach (string ending in new[] { "e", "en", "er", "es", "em" })
            {
                yield return stem + ending;
                yield return char.ToUpperInvariant(stem[0]) + stem[1..] + ending;
            }

            yield break;
        }

        yield return name;
        // German genitive: Russlands, Nordkoreas, Pjöngjangs.
        if (name.Length > 3 && char.IsLetter(name[^1]) && name[^1] is not ('s' or 'x' or 'z' or 'S') && !name.Contains(' ', StringComparison.Ordinal))
        {
            yield return name + "s";
        }
    }

    private static List<GazetteerEntry> Load()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream("SanctionWatch.Analysis.places.tsv")
            ?? throw new InvalidOperationException("the place gazetteer is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<GazetteerEntry>(1024);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split('\t');
            entries.Add(new GazetteerEntry(
                parts[0],
                parts[1],
                parts[2].Length == 0 ? null : parts[2],
                parts[3],
                parts[4].Split('|', StringSplitOptions.RemoveEmptyEntries)));
        }

        return entries;
    }
}
