using SanctionWatch.Assessment.Reviews;
using SanctionWatch.Model.Reviews;

namespace SanctionWatch.Server.Pages;

/// <summary>
/// The review buttons of the entity and finding pages: plain HTML forms that post to <c>/reviews/…</c>, so they
/// work without JavaScript; when the server has an API key, each form asks for it.
/// </summary>
public static class ReviewForms
{
    /// <summary>Confirm / Reject buttons for one listing of an entity, and the decision in force if any.</summary>
    public static string Listing(string entityId, Listing listing, bool keyRequired)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var sb = new StringBuilder();
        if (listing.Review is { } r)
        {
            sb.Append($"<p class=\"review-state\">{E(r.Decision)} by {E(r.Author ?? "an analyst")} on {E(r.DecidedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}{(r.Comment is null ? "" : ": " + E(r.Comment))}</p>");
        }

        Form(sb, "/reviews/listing", [("entity", entityId), ("entry", ReviewApplier.EntryId(listing))], keyRequired, [("confirm", "Confirm"), ("reject", "Reject")]);
        return sb.ToString();
    }

    /// <summary>The listings analysts rejected for an entity, each with a button to confirm it after all.</summary>
    public static string Rejected(string entityId, IEnumerable<ReviewDecision> current, bool keyRequired)
    {
        ArgumentNullException.ThrowIfNull(current);
        var rejected = ReviewLog.RejectedListings(current).Where(d => d.Subject == entityId).ToList();
        if (rejected.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder("<h2>Rejected listings</h2>");
        foreach (var d in rejected)
        {
            sb.Append($"<div class=\"listing rejected\"><p><b>{E(d.Object)}</b> rejected by {E(d.Author ?? "an analyst")} on {E(d.DecidedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}{(d.Comment is null ? "" : ": " + E(d.Comment))}</p>");
            Form(sb, "/reviews/listing", [("entity", entityId), ("entry", d.Object)], keyRequired, [("confirm", "Confirm")]);
            sb.Append("</div>");
        }

        return sb.ToString();
    }

    /// <summary>Confirm / Reject / Needs evidence buttons for a finding, and the decision in force if any.</summary>
    public static string Finding(Finding finding, bool keyRequired)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var sb = new StringBuilder("<section class=\"review\"><h2>Review</h2>");
        sb.Append(finding.Review is { } r
            ? $"<p class=\"review-state\">{E(r.Decision)} by {E(r.Author ?? "an analyst")} on {E(r.DecidedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}{(r.Comment is null ? "" : ": " + E(r.Comment))}</p>"
            : "<p class=\"review-state\">Not reviewed yet.</p>");
        Form(sb, "/reviews/finding", [("finding", finding.Id)], keyRequired, [("confirm", "Confirm"), ("reject", "Reject"), ("needs-evidence", "Needs evidence")]);
        return sb.Append("</section>").ToString();
    }

    private static void Form(StringBuilder sb, string action, (string Name, string Value)[] hidden, bool keyRequired, (string Value, string Label)[] buttons)
    {
        sb.Append($"<form method=\"post\" action=\"{E(action)}\" class=\"review\">");
        foreach (var (name, value) in hidden)
        {
            sb.Append($"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">");
        }

        sb.Append("<label>Comment <input name=\"comment\" maxlength=\"2000\"></label> <label>Author <input name=\"author\" maxlength=\"200\"></label> ");
        if (keyRequired)
        {
            sb.Append("<label>API key <input type=\"password\" name=\"key\" required autocomplete=\"off\"></label> ");
        }

        foreach (var (value, label) in buttons)
        {
            sb.Append($"<button type=\"submit\" name=\"decision\" value=\"{E(value)}\" class=\"review-{E(value)}\">{E(label)}</button> ");
        }

        sb.Append("</form>");
    }
}
