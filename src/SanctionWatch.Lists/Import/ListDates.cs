using System.Globalization;
using System.Text.RegularExpressions;

namespace SanctionWatch.Lists.Import;

/// <summary>Parses the date formats lists use into ISO strings and dates.</summary>
public static partial class ListDates
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "dd MMM yyyy", "d MMM yyyy", "MMM yyyy", "yyyy", "MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-ddTHH:mm:ss",
    ];

    /// <summary>Parses a full date (several formats); null when it is not one.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string t = text.Trim();
        if (t.Length >= 10 && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        return DateOnly.TryParseExact(t, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
    }

    /// <summary>Turns an OFAC-style birth date ("17 Oct 1967", "Oct 1967", "1967", "circa 1967", "1965 to 1967") into ISO prefixes.</summary>
    public static IEnumerable<string> ToIsoPrefixes(string text)
    {
        string t = text.Trim();
        var range = RangeRegex().Match(t);
        if (range.Success)
        {
            int from = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
            int to = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
            for (int y = from; y <= to && y - from < 20; y++)
            {
                yield return y.ToString(CultureInfo.InvariantCulture);
            }

            yield break;
        }

        t = t.Replace("circa", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        if (DateOnly.TryParseExact(t, ["dd MMM yyyy", "d MMM yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            yield return full.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (DateOnly.TryParseExact(t, ["MMM yyyy", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            yield return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        else if (YearRegex().Match(t) is { Success: true } y)
        {
            yield return y.Value;
        }
    }

    /// <summary>A date written in a file name (<c>consolidated_2025-04-19.xml</c>), if any.</summary>
    public static DateOnly? FromFileName(string path)
    {
        var m = FileDateRegex().Match(Path.GetFileName(path));
        return m.Success ? ParseDate(m.Value) : null;
    }

    [GeneratedRegex(@"^(\d{4})\s*(?:to|-)\s*(\d{4})$")]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"\b(1[89]|20)\d{2}\b")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex FileDateRegex();
}
