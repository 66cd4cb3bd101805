using SanctionWatch.Application.Reviews;
using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Server.Api;

/// <summary>Review decisions (<c>/api/reviews</c>) and the audit trail (<c>/api/audit</c>).</summary>
public static class ReviewsApi
{
    /// <summary>The largest request body accepted for one decision.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>Maps the endpoints; <paramref name="writes"/> guards POST with the API key.</summary>
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app, IEndpointFilter writes)
    {
        var api = app.MapGroup("/api").WithTags("Reviews");
        api.MapPost("/reviews", Post).AddEndpointFilter(writes).Accepts<JsonElement>("application/json")
            .WithSummary("Records an analyst decision: {kind: listing|merge|finding, subject, object, decision, comment, author}");
        api.MapGet("/reviews", (ReviewDesk desk, bool? all) => Results.Json(desk.Decisions(all ?? false), JsonDefaults.Options))
            .WithSummary("The decisions in force (all=true: the whole log)");
        api.MapGet("/audit", (ReviewDesk desk, Workbench wb) => Results.Json(
            new
            {
                generatedAt = DateTimeOffset.UtcNow,
                matcher = new { name = EntityMatcher.AlgorithmName, version = EntityMatcher.AlgorithmVersion, linkThreshold = ListingLinker.LinkThreshold },
                lists = wb.Lists().Select(l => new
                {
                    id = l.ListId,
                    title = l.Title,
                    listDate = l.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    importedAt = l.ImportedAt,
                    entities = l.EntityCount,
                }),
                entries = desk.Audit(),
                decisions = desk.Decisions(all: true),
            },
            JsonDefaults.Options))
            .WithSummary("What decided each listing and finding: the machine (algorithm, version, threshold, list version) or an analyst");
        return app;
    }

    private static async Task<IResult> Post(HttpRequest request, ReviewDesk desk)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem(statusCode: 413, title: $"A decision is at most {MaxBodyBytes} bytes");
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: 400, title: "The body is not valid JSON");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Results.Problem(statusCode: 400, title: "The body must be a JSON object");
            }

            string? Text(params string[] names)
            {
                foreach (string name in names)
                {
                    if (root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
                    {
                        return v.GetString();
                    }
                }

                return null;
            }

            try
            {
                var decision = desk.Record(
                    Text("kind"),
                    Text("subject", "entity", "finding"),
                    Text("object", "entry", "other"),
                    Text("decision", "verdict"),
                    Text("comment"),
                    Text("author"));
                return Results.Json(decision, JsonDefaults.Options, statusCode: StatusCodes.Status201Created);
            }
            catch (InvalidReviewException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The decision was not recorded", detail: e.Message);
            }
        }
    }
}
