using SanctionWatch.Model.Dates;

namespace SanctionWatch.Server.Pages;

/// <summary>The filter form of the network and the timeline: a plain GET form, so every view has its own address.</summary>
public static class FilterForm
{
    private static readonly string[] Categories =
    [
        "arms", "ammunition", "missiles", "military-technology", "nuclear-technology", "space-technology", "dual-use", "petroleum",
        "crude-oil", "luxury-goods", "vehicles", "machinery", "metals", "labour", "troops", "finance", "food", "fertiliser", "energy", "other",
    ];

    /// <summary>The form for <paramref name="action"/> with <paramref name="filter"/>'s values filled in.</summary>
    public static string Render(string action, EventFilter filter, DossierIndex index)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(index);
        var sb = new StringBuilder();
        sb.Append($"<form method=\"get\" action=\"{E(action)}\" class=\"filters\" aria-label=\"Filters\">")
            .Append($"<label>From <input type=\"date\" name=\"from\" value=\"{E(Full(filter.From, last: false))}\"></label>")
            .Append($"<label>To <input type=\"date\" name=\"to\" value=\"{E(Full(filter.To, last: true))}\"></label>");
        Select(sb, "item", "Item", Categories.Select(c => (c, c)), filter.Item);
        Select(sb, "modality", "Modality", Modalities.Ordered.Select(m => (m, m)), filter.Modality);
        sb.Append($"<label>Min. sources <input type=\"number\" name=\"minSources\" min=\"0\" max=\"1000\" value=\"{(filter.MinSources > 0 ? filter.MinSources : "")}\"></label>");
        if (index.Dossier.Stories.Count > 0)
        {
            Select(sb, "story", "Story", index.Dossier.Stories.Select(s => (s.Id, s.Label)), filter.Story);
        }

        if (filter.Entity is not null)
        {
            sb.Append($"<input type=\"hidden\" name=\"entity\" value=\"{E(filter.Entity)}\">");
        }

        sb.Append($"<button type=\"submit\">Apply</button> <a href=\"{E(action)}\">Clear</a></form>");
        if (filter.Ignored.Count > 0)
        {
            sb.Append($"<p class=\"error\">Not understood, so not applied: {E(string.Join(", ", filter.Ignored))}.</p>");
        }

        return sb.ToString();
    }

    // A date input takes only full dates; a partial bound keeps its meaning (the start or the end of that year or month).
    private static string? Full(string? date, bool last) =>
        PartialDate.TryParse(date, out var partial) && partial.Precision != DatePrecision.Day
            ? (last ? partial.End : partial.Start).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date;

    private static void Select(StringBuilder sb, string name, string label, IEnumerable<(string Value, string Text)> options, string? selected)
    {
        sb.Append($"<label>{E(label)} <select name=\"{E(name)}\"><option value=\"\">any</option>");
        foreach (var (value, text) in options)
        {
            sb.Append($"<option value=\"{E(value)}\"{(value == selected ? " selected" : "")}>{E(text)}</option>");
        }

        sb.Append("</select></label>");
    }
}
