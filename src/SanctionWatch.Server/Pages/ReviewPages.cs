using SanctionWatch.Application.Reviews;
using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Server.Pages;

/// <summary>
/// The page side of reviews: the form posts of the review buttons and the <c>/audit</c> page. A form post from
/// another site never reaches here (<see cref="Security.RequestGuard"/>); when the server has an API key the form
/// must carry it: the buttons are writes like <c>POST /api/reviews</c> and get the same protection.
/// </summary>
public static class ReviewPages
{
    /// <summary>Maps <c>POST /reviews/listing</c>, <c>POST /reviews/finding</c> and <c>GET /audit</c>.</summary>
    public static IEndpointRouteBuilder MapReviewPages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/reviews/listing", (HttpRequest request, ReviewDesk desk) =>
            Submit(request, desk, "listing", "entity", "entry", f => "/entities/" + Uri.EscapeDataString(f["entity"].ToString()) + "/page"))
            .ExcludeFromDescription();
        app.MapPost("/reviews/finding", (HttpRequest request, ReviewDesk desk) =>
            Submit(request, desk, "finding", "finding", null, f => "/findings/" + Uri.EscapeDataString(f["finding"].ToString())))
            .ExcludeFromDescription();
        app.MapGet("/audit", Audit).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Submit(HttpRequest request, ReviewDesk desk, string kind, string subjectField, string? objectField, Func<IFormCollection, string> back)
    {
        if (!request.HasFormContentType)
        {
            return Page("Review not recorded", "<p>Send the review form.</p>", 400);
        }

        var form = await request.ReadFormAsync().ConfigureAwait(false);
        if (!desk.KeyAccepted(form["key"].ToString()))
        {
            return Page("Review not recorded", "<p>This server needs its API key for changes; enter it in the form.</p>", 403);
        }

        try
        {
            desk.Record(kind, form[subjectField].ToString(), objectField is null ? null : form[objectField].ToString(),
                form["decision"].ToString(), form["comment"].ToString(), form["author"].ToString());
        }
        catch (InvalidReviewException e)
        {
            return Page("Review not recorded", $"<p>{E(e.Message)}</p>", 422);
        }

        // Post/redirect/get: reloading the page afterwards does not send the decision again.
        request.HttpContext.Response.Headers.Location = back(form);
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static IResult Audit(ReviewDesk desk, Workbench wb)
    {
        var sb = new StringBuilder();
        sb.Append($"<p>Matcher {E(EntityMatcher.Algorithm)}; an article's entity is linked to a list entry at score {N(ListingLinker.LinkThreshold)} or more.</p>");
        sb.Append("<h2>Loaded lists</h2><table><thead><tr><th>List</th><th>Version</th><th>Imported</th><th>Entries</th></tr></thead><tbody>");
        foreach (var l in wb.Lists())
        {
            sb.Append($"<tr><td>{E(l.ListId)}</td><td>{E(l.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown")}</td><td>{E(l.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))}</td><td>{l.EntityCount}</td></tr>");
        }

        sb.Append("</tbody></table><h2>Listings and findings</h2><table class=\"audit\"><thead><tr><th>Kind</th><th>What</th><th>State</th><th>Decided by</th><th>Algorithm</th><th>Score / threshold</th><th>List version</th><th>Decisions</th></tr></thead><tbody>");
        foreach (var a in desk.Audit())
        {
            string link = a.Kind == "finding" ? Href("/findings/", a.Subject) : Href("/entities/", a.Subject) + "/page";
            string score = a.Score is { } s ? N(s) + (a.Threshold is { } t ? " / " + N(t) : "") : a.Threshold is { } t2 ? "– / " + N(t2) : "";
            sb.Append($"<tr class=\"audit-{E(a.Kind)}\"><td>{E(a.Kind)}</td><td><a href=\"{link}\">{E(a.Label)}</a><br><small>{E(a.Subject)} {E(a.Object)}</small></td>")
                .Append($"<td class=\"state\">{E(a.State)}</td><td>{E(a.DecidedBy)}</td><td>{E(a.Algorithm)}</td><td>{score}</td><td>{E(string.Join(", ", a.ListVersions))}</td><td><ul>");
            foreach (var d in a.Decisions)
            {
                sb.Append($"<li>{E(d.DecidedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} {E(d.Kind)} {E(d.Decision)} by {E(d.Author ?? "an analyst")}{(d.Comment is null ? "" : ": " + E(d.Comment))}</li>");
            }

            sb.Append("</ul></td></tr>");
        }

        sb.Append("</tbody></table>");
        return Page("Audit trail", sb.ToString());
    }
}
