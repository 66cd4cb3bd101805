using System.Globalization;
using System.Text.RegularExpressions;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Matching.Screening;

/// <summary>A screening query value that cannot mean anything definite: an unknown schema or country, an unreadable or ambiguous date.</summary>
public sealed class InvalidQueryException(string message) : FormatException(message);

/// <summary>
/// Reads the values of a screening query as callers write them, so that input meaning the same gives the same
/// answer in <c>screen</c>, <c>/match</c> and linking: schema names in any case, birth dates in the usual written
/// forms (ISO, 08.01.1984, 8 January 1984, January 8, 1984; a slashed date only when its order is plain), countries
/// as ISO codes or names. What cannot be read is an error, never silently ignored.
/// </summary>
public static partial class QueryValues
{
    private static readonly string[] Schemas = [SchemaNames.Thing, SchemaNames.LegalEntity, SchemaNames.Person, SchemaNames.Organization, SchemaNames.Company, SchemaNames.PublicBody, SchemaNames.Vessel, SchemaNames.Airplane];

    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The FtM schema named <paramref name="schema"/> in its canonical spelling, or null for none.</summary>
    /// <exception cref="InvalidQueryException">No such schema.</exception>
    public static string? Schema(string? schema)
    {
        if (string.IsNullOrWhiteSpace(schema))
        {
            return null;
        }

        return Array.Find(Schemas, s => s.Equals(schema.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidQueryException($"unknown schema '{schema}' (use one of {string.Join(", ", Schemas)})");
    }

    /// <summary>The lower-case ISO 3166 code of <paramref name="country"/> (a code or a name).</summary>
    /// <exception cref="InvalidQueryException">Not a country known here.</exception>
    public static string Country(string country) =>
        CountryCodes.TryStrict(country) ?? throw new InvalidQueryException($"unknown country '{country}' (use an ISO 3166 code such as kp, or its English name)");

    /// <summary><paramref name="date"/> as an ISO prefix: 1984, 1984-01 or 1984-01-08.</summary>
    /// <exception cref="InvalidQueryException">Not a date, or a slashed date whose day and month could be either way round.</exception>
    public static string BirthDate(string date)
    {
        string d = date.Trim();
        var iso = IsoDate().Match(d);
        if (iso.Success)
        {
            return Build(date, Int(iso, "y"), iso.Groups["m"].Success ? Int(iso, "m") : 0, iso.Groups["d"].Success ? Int(iso, "d") : 0);
        }

        var dotted = DottedDate().Match(d);
        if (dotted.Success)
        {
            return Build(date, Int(dotted, "y"), Int(dotted, "m"), Int(dotted, "d"));
        }

        var slashed = SlashedDate().Match(d);
        if (slashed.Success)
        {
            int a = Int(slashed, "a"), b = Int(slashed, "b"), y = Int(slashed, "y");
            if (a != b && a <= 12 && b <= 12)
            {
                throw new InvalidQueryException($"ambiguous date '{date}': day and month could be either way round; write {y:D4}-{b:D2}-{a:D2} or {y:D4}-{a:D2}-{b:D2}");
            }

            return a > 12 ? Build(date, y, b, a) : Build(date, y, a, b);
        }

        var words = WordDate().Match(d);
        if (words.Success)
        {
            string month = (words.Groups["m1"].Success ? words.Groups["m1"] : words.Groups["m2"]).Value.ToLowerInvariant().TrimEnd('.');
            var day = words.Groups["d1"].Success ? words.Groups["d1"] : words.Groups["d2"];
            if (Months.TryGetValue(month, out int m))
            {
                return Build(date, Int(words, "y"), m, day.Success ? int.Parse(day.Value, CultureInfo.InvariantCulture) : 0);
            }
        }

        throw new InvalidQueryException($"unreadable date '{date}' (write 1984, 1984-01 or 1984-01-08)");
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Build(string raw, int year, int month, int day)
    {
        if (year < 1000 || month > 12 || (month == 0 && day > 0) || (day > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            throw new InvalidQueryException($"no such date '{raw}'");
        }

        return month == 0 ? $"{year:D4}" : day == 0 ? $"{year:D4}-{month:D2}" : $"{year:D4}-{month:D2}-{day:D2}";
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner"], ["february", "feb", "februar"], ["march", "mar", "märz", "maerz", "mär"],
            ["april", "apr"], ["may", "mai"], ["june", "jun", "juni"], ["july", "jul", "juli"], ["august", "aug"],
            ["september", "sep", "sept"], ["october", "oct", "oktober", "okt"], ["november", "nov"], ["december", "dec", "dezember", "dez"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            foreach (string n in names[i])
            {
                map[n] = i + 1;
            }
        }

        return map;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/](?<m>\d{1,2})(?:[-/](?<d>\d{1,2}))?)?(?:T[\d:.]+Z?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>\d{4})$")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>\d{4})$")]
    private static partial Regex SlashedDate();

    [GeneratedRegex(@"^(?:(?<d1>\d{1,2})\.?\s+(?<m1>\p{L}+\.?)|(?<m2>\p{L}+\.?)(?:\s+(?<d2>\d{1,2}))?,?)\s+(?<y>\d{4})$")]
    private static partial Regex WordDate();
}
