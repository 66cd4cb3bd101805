using System.Text.RegularExpressions;
using SanctionWatch.Model.Dates;

namespace SanctionWatch.Assessment.Stories;

/// <summary>
/// When an article is about, for story building: its publication date, or — undated — the month of the day dates
/// it gives ("am 19. Juni", "Dienstag (18.06.)", "on June 19"), and how far apart two articles are.
/// </summary>
internal static partial class StoryDates
{
    /// <summary>The month an article is about, or null when unknown.</summary>
    public static int? Month(Document document)
    {
        if (PartialDate.TryParseStart(document.Published, out var published) && published.Month is { } publishedMonth)
        {
            return publishedMonth;
        }

        var found = new HashSet<int>();
        foreach (Match m in DayMonthPattern().Matches(document.Text))
        {
            string month = m.Groups["num"].Success ? m.Groups["num"].Value : m.Groups["name"].Value;
            int value = m.Groups["num"].Success
                ? int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture)
                : Array.FindIndex(MonthNames, names => names.Contains(month.ToLowerInvariant()[..3], StringComparer.Ordinal)) + 1;
            if (value is >= 1 and <= 12)
            {
                found.Add(value);
            }
        }

        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>
    /// Each undated article takes the month that every month-known report of its shared happenings agrees on;
    /// months only flow from articles whose month is their own (no chains), so the result does not depend on order.
    /// </summary>
    public static List<int?> Propagate(IReadOnlyList<Document> docs, List<int?> months, IReadOnlyList<IReadOnlyList<string>> happenings)
    {
        var index = docs.Select((d, i) => (d.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        var result = new List<int?>(months);
        for (int i = 0; i < docs.Count; i++)
        {
            if (months[i] is not null)
            {
                continue;
            }

            // A happening whose reports disagree on the month says nothing; the ones that agree must agree with each other.
            var seen = new HashSet<int>();
            foreach (var happening in happenings.Where(h => h.Contains(docs[i].Id)))
            {
                var known = happening.Where(index.ContainsKey).Select(id => months[index[id]]).OfType<int>().Distinct().ToList();
                if (known.Count == 1)
                {
                    seen.Add(known[0]);
                }
            }

            result[i] = seen.Count == 1 ? seen.First() : null;
        }

        return result;
    }

    /// <summary>Months apart on the circle of the year: June and September are three apart whatever the year.</summary>
    public static int MonthsApart(int? a, int? b) =>
        a is null || b is null ? 0 : Math.Min(Math.Abs(a.Value - b.Value), 12 - Math.Abs(a.Value - b.Value));

    /// <summary>A publication date as a day (a month-precise date is the middle of its month), or null when missing or unreadable.</summary>
    public static DateTime? Day(string? value)
    {
        if (value is null)
        {
            return null;
        }

        // A month-precise date is the middle of its month; comparisons stay fair across precisions.
        string padded = value.Length switch
        {
            4 => value + "-07-01",
            7 => value + "-15",
            _ => value,
        };
        return DateTime.TryParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Days between two days; null when either is unknown.</summary>
    public static double? DaysApart(DateTime? a, DateTime? b) => a is { } x && b is { } y ? Math.Abs((x - y).TotalDays) : null;

    private static readonly string[][] MonthNames =
    [
        ["jan"], ["feb"], ["mär", "mar"], ["apr"], ["mai", "may"], ["jun"], ["jul"], ["aug"], ["sep"], ["okt", "oct"], ["nov"], ["dez", "dec"],
    ];

    [GeneratedRegex(
        @"\b(?:[0-3]?\d\.\s?(?<name>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b(?!\s+\d{4})|[0-3]?\d\s(?<name>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{4})|(?<name>January|February|March|April|May|June|July|August|September|October|November|December)\s[0-3]?\d\b(?!,?\s+\d{4}))" +
        @"|\(\s?[0-3]?\d\.(?<num>[01]\d)\.\s?\)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthPattern();
}
