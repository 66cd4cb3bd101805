using System.Globalization;
using System.Text.RegularExpressions;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Lists.Import;

/// <summary>
/// Reads OFAC's SDN list in the legacy CSV format (<c>sdn.csv</c>), joined with <c>alt.csv</c> (aliases) and
/// <c>add.csv</c> (addresses) when given; rows of those two that name an absent entry are counted and skipped.
/// </summary>
public static partial class OfacSdnCsvImporter
{
    /// <summary>The list id.</summary>
    public const string ListId = "us-ofac-sdn";

    /// <summary>Parses the SDN file and its optional companions.</summary>
    public static ListSnapshot Import(string sdnPath, string? altPath, string? addPath, DateOnly? listDate, TimeProvider clock)
    {
        string file = Path.GetFileName(sdnPath);
        listDate ??= ListDates.FromFileName(sdnPath) ?? DateOnly.FromDateTime(File.GetLastWriteTimeUtc(sdnPath));
        var builders = new Dictionary<string, EntityBuilder>(StringComparer.Ordinal);
        var order = new List<EntityBuilder>();
        foreach (var (line, f) in LegacyCsv.Read(sdnPath, 12))
        {
            string id = f[0]?.Trim() ?? string.Empty;
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _) || string.IsNullOrWhiteSpace(f[1]))
            {
                throw new ListImportException($"{file} line {line}: the first column must be an entry number and the second a name");
            }

            var b = new EntityBuilder(ListId, id, SchemaOf(f[2]));
            b.Caption = f[1]!.Trim();
            b.Add(FtmProperty.Name, f[1]);
            foreach (var program in (f[3] ?? string.Empty).Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                b.AddProgram(program.Trim('[', ']', ' '));
            }

            b.Add(FtmProperty.Title, f[4]);
            b.Add(FtmProperty.CallSign, f[5]);
            b.Add(FtmProperty.Type, f[6]);
            b.Add(FtmProperty.Flag, f[9]);
            if (f[11] is { } remarks)
            {
                ParseRemarks(remarks, b);
            }

            if (!builders.TryAdd(id, b))
            {
                throw new ListImportException($"{file} line {line}: entry number {id} appears twice");
            }

            order.Add(b);
        }

        var warnings = new List<string>();
        if (altPath is not null)
        {
            int skipped = 0;
            foreach (var (_, f) in LegacyCsv.Read(altPath, 5))
            {
                if (f[0] is null || !builders.TryGetValue(f[0]!.Trim(), out var b))
                {
                    skipped++;
                    continue;
                }

                string type = (f[2] ?? "aka").Trim().ToLowerInvariant();
                b.Add(type == "fka" ? FtmProperty.PreviousName : FtmProperty.Alias, f[3]);
            }

            if (skipped > 0)
            {
                warnings.Add($"{Path.GetFileName(altPath)}: {skipped} alias rows name entries absent from {file}; skipped");
            }
        }

        if (addPath is not null)
        {
            int skipped = 0;
            foreach (var (_, f) in LegacyCsv.Read(addPath, 6))
            {
                if (f[0] is null || !builders.TryGetValue(f[0]!.Trim(), out var b))
                {
                    skipped++;
                    continue;
                }

                b.Add(FtmProperty.Country, f[4]);
                b.Add(FtmProperty.Address, string.Join(", ", new[] { f[2], f[3], f[4] }.Where(s => !string.IsNullOrWhiteSpace(s))));
            }

            if (skipped > 0)
            {
                warnings.Add($"{Path.GetFileName(addPath)}: {skipped} address rows name entries absent from {file}; skipped");
            }
        }

        var entities = order.Select(b => b.Build(file, listDate)).ToList();
        string sources = string.Join(",", new[] { sdnPath, altPath, addPath }.OfType<string>().Select(Path.GetFileName));
        var meta = new ListMetadata(ListId, "US OFAC Specially Designated Nationals (SDN) List", listDate, sources, ListFormat.OfacSdnCsv, entities.Count, clock.GetUtcNow());
        return new ListSnapshot(meta, entities, warnings);
    }

    /// <summary>Maps OFAC's SDN type to an FtM schema.</summary>
    public static string SchemaOf(string? sdnType) => (sdnType ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "individual" => Schema.Person.Name,
        "vessel" => Schema.Vessel.Name,
        "aircraft" => Schema.Airplane.Name,
        _ => Schema.Organization.Name,
    };

    /// <summary>
    /// Pulls aliases, birth dates, nationalities and identifiers out of OFAC's free-text remarks. The legacy CSV
    /// keeps strong aliases in <c>alt.csv</c> and writes only the weak (low-quality) a.k.a.s into the remarks
    /// ("a.k.a. 'EL NINO'"), so every remark a.k.a. is a weak alias; an f.k.a. stays a previous name.
    /// </summary>
    public static void ParseRemarks(string remarks, EntityBuilder b)
    {
        b.Add(FtmProperty.Notes, remarks);
        foreach (Match m in AkaRegex().Matches(remarks))
        {
            // A former name (a vessel's f.k.a.) is still the party's name; only the a.k.a.s are weak.
            b.Add(m.Groups[1].Value.StartsWith('f') || m.Groups[1].Value.StartsWith('F') ? FtmProperty.PreviousName : FtmProperty.WeakAlias, m.Groups[2].Value);
        }

        foreach (Match m in DobRegex().Matches(remarks))
        {
            foreach (var d in ListDates.ToIsoPrefixes(m.Groups[1].Value))
            {
                b.Add(FtmProperty.BirthDate, d);
            }
        }

        foreach (Match m in PobRegex().Matches(remarks))
        {
            b.Add(FtmProperty.BirthPlace, m.Groups[1].Value);
        }

        foreach (Match m in NationalityRegex().Matches(remarks))
        {
            b.Add(FtmProperty.Nationality, m.Groups[2].Value);
        }

        foreach (Match m in ImoRegex().Matches(remarks))
        {
            b.Add(FtmProperty.ImoNumber, "IMO" + m.Groups[1].Value);
        }

        foreach (Match m in PassportRegex().Matches(remarks))
        {
            b.Add(FtmProperty.PassportNumber, m.Groups[1].Value);
        }

        foreach (Match m in GenderRegex().Matches(remarks))
        {
            b.Add(FtmProperty.Gender, m.Groups[1].Value.ToLowerInvariant());
        }
    }

    // The closing quote is the one before a separator: an apostrophe inside the name (WOMEN'S KAHRIZAK) is not one.
    [GeneratedRegex(@"\b(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'(.+?)'(?=\s*[;.,]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AkaRegex();

    [GeneratedRegex(@"\bDOB ([^;]+)")]
    private static partial Regex DobRegex();

    [GeneratedRegex(@"\bPOB ([^;]+)")]
    private static partial Regex PobRegex();

    [GeneratedRegex(@"\b(nationality|citizen) ([^;]+)")]
    private static partial Regex NationalityRegex();

    [GeneratedRegex(@"\bIMO (\d{7})\b")]
    private static partial Regex ImoRegex();

    [GeneratedRegex(@"\bPassport ([A-Z0-9][A-Z0-9\-]{4,})")]
    private static partial Regex PassportRegex();

    [GeneratedRegex(@"\bGender (Male|Female)\b")]
    private static partial Regex GenderRegex();
}
