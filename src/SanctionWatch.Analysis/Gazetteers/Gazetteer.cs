using System.Text;

namespace SanctionWatch.Analysis.Gazetteers;

/// <summary>
/// The gazetteers compiled into the assembly: countries, capitals and large cities with their German and
/// English forms (<c>places.tsv</c>, built by <c>tools/gazetteer/build_places.py</c> from country-list,
/// rigour territories and GeoNames), and the project's own lists of organisations and people that news
/// about DPRK sanctions names often (<c>organizations.tsv</c>, <c>people.tsv</c>). Immutable once loaded, so one
/// instance serves every thread: load it once where the services are composed and pass it to them.
/// </summary>
public sealed class Gazetteer
{
    private Gazetteer(List<GazetteerEntry> places, List<GazetteerEntry> organizations, List<GazetteerEntry> people)
    {
        Places = places;
        Organizations = organizations;
        People = people;
    }

    /// <summary>Countries and places.</summary>
    public IReadOnlyList<GazetteerEntry> Places { get; }

    /// <summary>International organisations, agencies, media, ministries.</summary>
    public IReadOnlyList<GazetteerEntry> Organizations { get; }

    /// <summary>Office holders and officials.</summary>
    public IReadOnlyList<GazetteerEntry> People { get; }

    /// <summary>Every entry: the places, then the organisations, then the people.</summary>
    public IEnumerable<GazetteerEntry> Entries => Places.Concat(Organizations).Concat(People);

    /// <summary>Reads the gazetteers compiled into this assembly into a new instance.</summary>
    public static Gazetteer LoadBuiltIn() => new(Load("places.tsv"), Load("organizations.tsv"), Load("people.tsv"));

    /// <summary>The surface forms of one name: itself, and for German adjective stems (<c>adj:russisch</c>) the inflected forms.</summary>
    public static IEnumerable<string> SurfaceForms(string name)
    {
        if (name.StartsWith("adj:", StringComparison.Ordinal))
        {
            string stem = name[4..];
            yield return stem; // "russisch besetzt", "nordkoreanisch kontrolliert": the bare form, lower case only ("Russisch" is a language)
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
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("SanctionWatch.Analysis." + resource)
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
