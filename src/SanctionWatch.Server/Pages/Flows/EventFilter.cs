using System.Text.RegularExpressions;

namespace SanctionWatch.Server.Pages.Flows;

/// <summary>
/// The workbench's filters, read from the query string and shared by the network and the timeline: a date range,
/// an item category, a modality, a minimum number of independent sources, a story and an entity. A value that
/// is not understood is dropped and named in <see cref="Ignored"/>, never guessed at.
/// </summary>
public sealed partial record EventFilter(string? From, string? To, string? Item, string? Modality, int MinSources, string? Story, string? Entity)
{
    /// <summary>Query parameters that were given but not understood.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>No filter.</summary>
    public static EventFilter None { get; } = new(null, null, null, null, 0, null, null);

    /// <summary>True when a date range is set: undated events are then left out.</summary>
    public bool Dated => From is not null || To is not null;

    /// <summary>Reads the filters from <paramref name="query"/>.</summary>
    public static EventFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ignored = new List<string>();
        string? Text(string name, Func<string, bool> valid)
        {
            string value = query[name].ToString().Trim();
            if (value.Length == 0)
            {
                return null;
            }

            if (value.Length <= 200 && valid(value))
            {
                return value;
            }

            ignored.Add(name);
            return null;
        }

        string? from = Text("from", IsDate), to = Text("to", IsDate);
        string? item = Text("item", v => ItemPattern().IsMatch(v));
        string? modality = Text("modality", v => Modalities.Ordered.Contains(v));
        string? story = Text("story", _ => true), entity = Text("entity", _ => true);
        int min = 0;
        if (Text("minSources", v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out min) && min <= 1000) is null)
        {
            min = 0;
        }

        return new EventFilter(from, to, item, modality, min, story, entity) { Ignored = ignored };
    }

    /// <summary>True for an ISO date as precise as the dossier writes them: <c>2024</c>, <c>2024-06</c>, <c>2024-06-19</c>.</summary>
    public static bool IsDate(string? value) => value is not null && DatePattern().IsMatch(value);

    /// <summary>Whether <paramref name="ev"/> passes every filter but the minimum of sources (which applies to flows or events as a whole).</summary>
    public bool Keeps(DossierEvent ev, DossierIndex index)
    {
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(index);
        if (Dated && !InRange(ev.Date?.Value))
        {
            return false;
        }

        return (Item is null || ev.Items.Any(i => i.Category == Item))
            && (Modality is null || ev.Modality == Modality)
            && (Entity is null || ev.Actor == Entity || ev.Target == Entity)
            && (Story is null || ev.Evidence.Any(s => index.StoryOf(s.Document)?.Id == Story));
    }

    // A date "2024" covers the whole year: it is in range when any of it is.
    private bool InRange(string? value)
    {
        if (!IsDate(value))
        {
            return false;
        }

        string first = value!.Length switch { 4 => value + "-01-01", 7 => value + "-01", _ => value };
        string last = value.Length switch { 4 => value + "-12-31", 7 => value + "-31", _ => value };
        return (From is null || string.CompareOrdinal(last, Start(From)) >= 0) && (To is null || string.CompareOrdinal(first, End(To)) <= 0);
    }

    private static string Start(string bound) => bound.Length switch { 4 => bound + "-01-01", 7 => bound + "-01", _ => bound };

    private static string End(string bound) => bound.Length switch { 4 => bound + "-12-31", 7 => bound + "-31", _ => bound };

    /// <summary>The filters as a query string (<c>?from=…</c>), empty when none is set.</summary>
    public string Query()
    {
        var sb = new StringBuilder();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                sb.Append(sb.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add("from", From);
        Add("to", To);
        Add("item", Item);
        Add("modality", Modality);
        Add("minSources", MinSources > 0 ? MinSources.ToString(CultureInfo.InvariantCulture) : null);
        Add("story", Story);
        Add("entity", Entity);
        return sb.ToString();
    }

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[a-z][a-z-]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPattern();
}
