using SanctionWatch.Ingest;

namespace SanctionWatch.Server.Api;

/// <summary>The documents API: list, read with annotations, submit an article for analysis, and purge one.</summary>
public static class DocumentsApi
{
    /// <summary>The largest article body accepted.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>Maps <c>/api/documents</c>.</summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app, ApiKeyFilter writeFilter)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");
        api.MapGet("/", (Workbench wb) => Results.Json(wb.Overview().Dossier.Documents, JsonDefaults.Options))
            .WithSummary("The analysed documents");
        api.MapGet("/{id}", (Workbench wb, string id) =>
        {
            if (wb.Document(id) is not { } d)
            {
                return Results.Problem(statusCode: 404, title: "No such document");
            }

            return Results.Json(new
            {
                id = d.Document.Id,
                source = d.Document.Source,
                title = d.Document.Title,
                language = d.Document.Language,
                published = d.Document.Published,
                url = d.Document.Url,
                text = d.Document.Text,
                analyzed = d.Analysis is not null,
                sentences = d.Analysis?.Sentences.Select(s => new { start = s.Start, end = s.End }),
                mentions = d.Analysis?.Mentions,
                quotes = d.Analysis?.Quotes,
                events = d.Analysis?.Events,
            }, JsonDefaults.Options);
        }).WithSummary("One document's text with its annotations (offsets into the text)");
        api.MapPost("/", async (HttpRequest request, Workbench wb, AlertDesk alerts) =>
        {
            var raw = await ReadArticle(request).ConfigureAwait(false);
            if (raw.Error is not null)
            {
                return Results.Problem(statusCode: raw.Status, title: raw.Error);
            }

            var (id, added) = wb.Ingest(raw.Document!);
            alerts.Check(() => wb.Overview().Dossier);
            var body = new { id, added, location = "/api/documents/" + Uri.EscapeDataString(id) };
            return added ? Results.Json(body, JsonDefaults.Options, statusCode: 201) : Results.Json(body, JsonDefaults.Options);
        }).AddEndpointFilter(writeFilter)
            .Accepts<ArticleRequest>("application/json", "text/plain")
            .WithSummary("Stores one article (JSON {text, title, source, published, url} or plain text) and analyses it");
        api.MapDelete("/{id}", (Workbench wb, string id) => wb.Purge(id)
                ? Results.Json(new { id, purged = true }, JsonDefaults.Options)
                : Results.Problem(statusCode: 404, title: "No such document"))
            .AddEndpointFilter(writeFilter)
            .WithSummary("Removes a document and everything derived only from it (text, analysis, queue entry, search index)");
        return app;
    }

    private static async Task<(RawDocument? Document, string? Error, int Status)> ReadArticle(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, "The article is larger than 1 MiB", 413);
        }

        string body;
        using (var reader = new StreamReader(request.Body))
        {
            char[] buffer = new char[MaxBodyBytes + 1];
            int read = await reader.ReadBlockAsync(buffer).ConfigureAwait(false);
            if (read > MaxBodyBytes)
            {
                return (null, "The article is larger than 1 MiB", 413);
            }

            body = new string(buffer, 0, read);
        }

        string media = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        if (media == "text/plain")
        {
            return string.IsNullOrWhiteSpace(body) ? (null, "The article is empty", 400) : (new RawDocument("api", null, null, body, null), null, 0);
        }

        if (media != "application/json")
        {
            return (null, "Send application/json or text/plain", 415);
        }

        ArticleRequest? article;
        try
        {
            article = JsonSerializer.Deserialize<ArticleRequest>(body, JsonDefaults.Options);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON", 400);
        }

        if (article is null || string.IsNullOrWhiteSpace(article.Text))
        {
            return (null, "The article needs a non-empty 'text'", 400);
        }

        string? published = IsoPrefix(article.Published);
        if (article.Published is not null && published is null)
        {
            return (null, "'published' must be an ISO 8601 date", 400);
        }

        return (new RawDocument(article.Source ?? article.Url ?? "api", article.Title, published, article.Text, article.Url), null, 0);
    }

    // YYYY, YYYY-MM or YYYY-MM-DD, taken from the front of an ISO date or date-time; null when it is none.
    private static string? IsoPrefix(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var m = System.Text.RegularExpressions.Regex.Match(value.Trim(), @"^\d{4}(-\d{2}(-\d{2})?)?(?=$|T)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? m.Value : null;
    }
}
