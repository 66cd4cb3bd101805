namespace SanctionWatch.Server.Pages;

/// <summary>Events on a timeline: grouped by story, in date order within each, the undated ones listed apart rather than guessed.</summary>
public static class TimelineHtml
{
    /// <summary>The timeline of <paramref name="events"/>; story headings at <paramref name="level"/> (2 for <c>h2</c>).</summary>
    public static string Render(IEnumerable<DossierEvent> events, DossierIndex index, int level = 2)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(index);
        var all = events.ToList();
        if (all.Count == 0)
        {
            return "<p class=\"empty\">No events.</p>";
        }

        var groups = all.GroupBy(e => index.StoryOf(e))
            .Select(g => (Story: g.Key, Dated: g.Where(Dated).OrderBy(e => e.Date!.Value, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
                Undated: g.Where(e => !Dated(e)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList()))
            .OrderBy(g => g.Dated.Count == 0 ? "~" : g.Dated[0].Date!.Value, StringComparer.Ordinal)
            .ThenBy(g => g.Story?.Label ?? "~", StringComparer.Ordinal)
            .ToList();
        var sb = new StringBuilder();
        foreach (var (story, dated, undated) in groups)
        {
            string heading = story is null ? (index.Dossier.Stories.Count == 0 ? "All events" : "No story") : "Story: " + story.Label;
            sb.Append($"<section class=\"story\"{(story is null ? "" : $" data-story=\"{E(story.Id)}\"")}><h{level}>{E(heading)}</h{level}>");
            if (dated.Count > 0)
            {
                sb.Append("<ol class=\"timeline\">");
                foreach (var ev in dated)
                {
                    EventHtml.Append(sb, ev, index);
                }

                sb.Append("</ol>");
            }

            if (undated.Count > 0)
            {
                sb.Append($"<h{level + 1}>Undated</h{level + 1}><ul class=\"undated-events\">");
                foreach (var ev in undated)
                {
                    EventHtml.Append(sb, ev, index);
                }

                sb.Append("</ul>");
            }

            sb.Append("</section>");
        }

        return sb.ToString();
    }

    private static bool Dated(DossierEvent ev) => EventFilter.IsDate(ev.Date?.Value);
}
