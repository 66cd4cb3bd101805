namespace SanctionWatch.Server.Pages;

/// <summary><c>/timeline</c>: every event in date order with <c>&lt;time datetime&gt;</c>, grouped by story, filtered like the network.</summary>
public static class TimelinePage
{
    /// <summary>At most this many events on one page, the earliest first; the filters narrow it down.</summary>
    public const int MaxEvents = 2000;

    /// <summary>The page.</summary>
    public static IResult Get(Workbench wb, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = Indexed.Of(wb);
        var filter = EventFilter.Parse(request.Query);
        var events = index.Dossier.Events.Where(e => filter.Keeps(e, index) && (filter.MinSources == 0 || index.Sources([e]) >= filter.MinSources)).ToList();
        var sb = new StringBuilder(FilterForm.Render("/timeline", filter, index));
        int dated = events.Count(e => EventFilter.IsDate(e.Date?.Value));
        sb.Append($"<p class=\"timeline-summary\">{events.Count} events, {dated} dated, {events.Count - dated} undated (listed apart under each story).");
        if (events.Count > MaxEvents)
        {
            sb.Append($" The first {MaxEvents} are shown; narrow the filters to see the rest.");
            events = [.. events.OrderBy(e => EventFilter.IsDate(e.Date?.Value) ? e.Date!.Value : "~", StringComparer.Ordinal).Take(MaxEvents)];
        }

        sb.Append($" <a href=\"{E("/network" + filter.Query())}\">The same as a network</a>.</p>");
        sb.Append(TimelineHtml.Render(events, index));
        return Page("Timeline", sb.ToString());
    }
}
