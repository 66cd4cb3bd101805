using System.Globalization;
using System.Text.RegularExpressions;
using SanctionWatch.Model.Dates;

namespace SanctionWatch.Ingest;

/// <summary>Turns the dates found in front matter, page metadata and feeds into ISO 8601 dates as precise as given.</summary>
internal static partial class IsoDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Returns <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, or null when the value is not a date.
    /// The calendar date is taken as written, not converted to UTC: a statement published on the evening of
    /// 7 February in Washington belongs to 7 February.
    /// </summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var iso = IsoPattern().Match(text);
        if (iso.Success)
        {
            return Build(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }

        var rfc = RfcPattern().Match(text);
        if (rfc.Success)
        {
            var month = Array.IndexOf(Months, rfc.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            return month == 0 ? null : Build(rfc.Groups["y"].Value, month.ToString("00", CultureInfo.InvariantCulture), rfc.Groups["d"].Value.PadLeft(2, '0'));
        }

        return null;
    }

    private static string? Build(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        int? m = month.Length == 0 ? null : int.Parse(month, CultureInfo.InvariantCulture);
        int? d = day.Length == 0 ? null : int.Parse(day, CultureInfo.InvariantCulture);
        return y >= 1000 && PartialDate.TryCreate(y, m, d, out var date) ? date.ToString() : null;
    }

    // 2025, 2025-02, 2025-02-07, 2025-02-07T19:00:08-05:00, 2025-02-07 19:00:08, 2025/02/07.
    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/](?<m>\d{2})(?:[-/](?<d>\d{2}))?)?(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    // RFC 822 / 1123 as RSS uses: "Tue, 10 Jun 2003 04:00:00 GMT", also "10 June 2003".
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex RfcPattern();
}
