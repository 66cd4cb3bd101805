using System.Text;

namespace SanctionWatch.Analysis.Gazetteers;

/// <summary>
/// The gazetteers compiled into the assembly: countries, capitals and large cities with their German and
/// English forms (<c>places.tsv</c>, built by <c>tools/gazetteer/build_places.py</c> from country-list,
/// rigour territories and GeoNames), and the project's own lists of organisations and people that news
/// about DPRK sanctions names often (<c>organizations.tsv</c>, <c>people.tsv</c>).
/// </summary>
public static class PlaceGazetteer
{
    private static readonly Lazy<List<GazetteerEntry>> PlaceEntries = new(() => Load("places.tsv"));
    private static readonly Lazy<List<GazetteerEntry>> OrganizationEntries = new(() => Load("organizations.tsv"));
    private static readonly Lazy<List<GazetteerEntry>> PersonEntries = new(() => Load("people.tsv"));

    /// <summary>Countries and places.</summary>
    public static IReadOnlyList<GazetteerEntry> All => PlaceEntries.Value;

    /// <summary>International organisations, agencies, media, ministries.</summary>
    public static IReadOnlyList<GazetteerEntry> Organizations => OrganizationEntries.Value;

    /// <summary>Office holders and officials.</summary>
    public static IReadOnlyList<GazetteerEntry> People => PersonEntries.Value;

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

    private static List<GazetteerEntry> Load(string resource)
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream("SanctionWatch.Analysis." + resource)
            ?? throw new InvalidOperationException($"the gazetteer {resource} is missing from the assembly");
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
