using System.Globalization;

namespace SanctionWatch.Analysis.Events;

/// <summary>The date words of the lexicon: how a time is said (months, weekdays, day words, periods, "ago", "early").</summary>
internal sealed partial class EventLexicon
{
    public Dictionary<string, int> Months { get; } = new(StringComparer.Ordinal);

    /// <summary>The full names of the months, the first form of each month's row ("mai", "may"; not "jun").</summary>
    public HashSet<string> FullMonths { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Weekdays { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> DayWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> RelativeWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Periods { get; } = new(StringComparer.Ordinal);

    public HashSet<string> AgoWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after a period that count it back from the time told ("ein Jahr zuvor", "a year earlier").</summary>
    public HashSet<string> EarlierWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PartWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that open a span of time before its first date ("between", "zwischen", "from", "von").</summary>
    public HashSet<string> RangeOpeners { get; } = new(StringComparer.Ordinal);

    /// <summary>Words between two dates that bound one span after an opener ("and", "und").</summary>
    public HashSet<string> RangeJoiners { get; } = new(StringComparer.Ordinal);

    /// <summary>Words before a date that open a span lasting until the report ("since", "seit").</summary>
    public HashSet<string> RangeSince { get; } = new(StringComparer.Ordinal);

    /// <summary>Words between two dates that bound one span on their own ("to", "bis", "until").</summary>
    public HashSet<string> RangeClosers { get; } = new(StringComparer.Ordinal);

    private void LoadDates(string language)
    {
        foreach (var row in Rows("dates", language))
        {
            if (row[1] == "month")
            {
                FullMonths.Add(row[2].Split('|')[0]);
            }

            foreach (string w in row[2].Split('|'))
            {
                switch (row[1])
                {
                    case "month": Months[w] = int.Parse(row[3], CultureInfo.InvariantCulture); break;
                    case "weekday": Weekdays[w] = int.Parse(row[3], CultureInfo.InvariantCulture); break;
                    case "day": DayWords[w] = int.Parse(row[3], CultureInfo.InvariantCulture); break;
                    case "relative": RelativeWords[w] = int.Parse(row[3], CultureInfo.InvariantCulture); break;
                    case "period": Periods[w] = row[3]; break;
                    case "ago": AgoWords.Add(w); break;
                    case "earlier": EarlierWords.Add(w); break;
                    case "part": PartWords.Add(w); break;
                    case "range-open": RangeOpeners.Add(w); break;
                    case "range-join": RangeJoiners.Add(w); break;
                    case "range-close": RangeClosers.Add(w); break;
                    case "range-since": RangeSince.Add(w); break;
                    default: break;
                }
            }
        }
    }
}
