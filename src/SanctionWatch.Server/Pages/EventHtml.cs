namespace SanctionWatch.Server.Pages;

/// <summary>One event as the network's flow list, the timeline and the entity page show it: who, what, when, how firmly, and its cited sentences.</summary>
public static class EventHtml
{
    /// <summary>At most this many cited sentences per event; the rest are counted.</summary>
    public const int MaxQuotes = 5;

    /// <summary>A link to the entity page of <paramref name="id"/>, or its plain name (an unnamed party).</summary>
    public static string Party(DossierIndex index, string? id)
    {
        ArgumentNullException.ThrowIfNull(index);
        return id is null || index.Entity(id) is not { } e ? E(index.Name(id)) : $"<a href=\"{EntityHref(e.Id)}\">{E(e.Name)}</a>";
    }

    /// <summary>The entity page's path for <paramref name="id"/>, escaped.</summary>
    public static string EntityHref(string id) => Href("/entities/", id) + "/page";

    /// <summary>The event's date as a <c>time</c> element when the dossier resolved one, else "undated" and the words as written.</summary>
    public static string When(DossierEvent ev)
    {
        ArgumentNullException.ThrowIfNull(ev);
        string written = ev.Date is { Text: { Length: > 0 } t } && t != ev.Date.Value ? $" <small class=\"as-written\">“{E(t)}”</small>" : "";
        return EventFilter.IsDate(ev.Date?.Value)
            ? $"<time datetime=\"{E(ev.Date!.Value)}\">{E(ev.Date.Value)}</time>{written}"
            : $"<span class=\"undated\">undated</span>{written}";
    }

    /// <summary>What moved: category, words and quantity as written.</summary>
    public static string Items(DossierEvent ev)
    {
        ArgumentNullException.ThrowIfNull(ev);
        return string.Join(", ", ev.Items.Select(i => $"<span class=\"item\">{E(i.Category)}</span>{(i.Text.Length > 0 ? $" “{E(i.Text)}”" : "")}{(i.Quantity is { } q ? $" ({E(q.Text)})" : "")}"));
    }

    /// <summary>The event as a list item, with its cited sentences.</summary>
    public static void Append(StringBuilder sb, DossierEvent ev, DossierIndex index)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(index);
        int sources = index.Sources([ev]);
        sb.Append($"<li class=\"event modality-{E(ev.Modality)}\" data-event=\"{E(ev.Id)}\"><p class=\"event-head\">{When(ev)} <b class=\"type\">{E(ev.Type)}</b> ")
            .Append($"{Party(index, ev.Actor)} → {Party(index, ev.Target)}");
        if (ev.Items.Count > 0)
        {
            sb.Append(": ").Append(Items(ev));
        }

        sb.Append($" · <span class=\"modality\">{E(ev.Modality)}</span>");
        if (ev.Claimant is not null)
        {
            sb.Append(" according to ").Append(Party(index, ev.Claimant));
        }

        sb.Append($" · {sources} {(sources == 1 ? "source" : "sources")}</p>");
        foreach (var span in ev.Evidence.Take(MaxQuotes))
        {
            Quote(sb, span, index);
        }

        if (ev.Evidence.Count > MaxQuotes)
        {
            sb.Append($"<p class=\"more\">and {ev.Evidence.Count - MaxQuotes} more cited sentences</p>");
        }

        sb.Append("</li>");
    }

    /// <summary>One cited sentence with the document it comes from.</summary>
    public static void Quote(StringBuilder sb, EvidenceSpan span, DossierIndex index)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(index);
        var document = index.Document(span.Document);
        sb.Append($"<blockquote class=\"cited\"><q>{E(span.Text)}</q> <cite><a href=\"{Href("/documents/", span.Document)}\">{E(document?.Title ?? document?.Source ?? span.Document)}</a>")
            .Append(document?.Published is { } published ? $", {E(published)}" : "")
            .Append("</cite></blockquote>");
    }
}
