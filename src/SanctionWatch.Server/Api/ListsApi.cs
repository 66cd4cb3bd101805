using Microsoft.AspNetCore.Http.Features;
using SanctionWatch.Lists.Changes;
using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;
using SanctionWatch.Storage;

namespace SanctionWatch.Server.Api;

/// <summary>The loaded sanctions lists: <c>GET /api/lists</c> and <c>POST /api/lists/diff</c> (a list file against the loaded version).</summary>
public static class ListsApi
{
    /// <summary>The largest list file the diff accepts (the UN consolidated list is about 2 MB, OFAC's XML about 100 MB).</summary>
    public const long MaxListBytes = 256L << 20;

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".xml", ".csv", ".json", ".jsonl", ".ftm" };

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapListsApi(this IEndpointRouteBuilder app, IStore db, ApiKeyFilter keyFilter)
    {
        var lists = app.MapGroup("/api/lists").WithTags("Lists");
        lists.MapGet("/", (Workbench wb) => Results.Json(wb.Lists(), JsonDefaults.Options)).WithSummary("The loaded lists with their version dates");
        lists.MapPost("/diff", async (HttpContext context, string? name) =>
        {
            // The body is the list file itself; 'name' says which importer reads it (its extension, as on disk).
            string extension = Path.GetExtension(name ?? "");
            if (!Extensions.Contains(extension))
            {
                return Results.Problem(statusCode: 400, title: "Give the file's name, e.g. ?name=consolidated.xml (.xml, .csv, .json, .jsonl or .ftm)");
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxListBytes;
            }

            string folder = Directory.CreateTempSubdirectory("sanctionwatch-diff-").FullName;
            try
            {
                // A fixed file name: nothing from the request reaches the path but a vetted extension.
                string path = Path.Combine(folder, "list" + extension.ToLowerInvariant());
                await using (var file = File.Create(path))
                {
                    await context.Request.Body.CopyToAsync(file, context.RequestAborted).ConfigureAwait(false);
                }

                var snapshots = new ListImporter(TimeProvider.System).Import([path]);
                using var store = db.OpenLists();
                var ids = snapshots.Select(s => s.Metadata.ListId).Distinct(StringComparer.Ordinal).ToList();
                var diff = ListDiff.Compare(store.GetEntities(ids), snapshots.SelectMany(s => s.Entities));
                return Results.Json(new
                {
                    lists = ids,
                    loaded = ids.Select(id => store.GetList(id)).Where(m => m is not null).ToList(),
                    added = diff.Added.Select(c => new { list = c.ListId, reference = c.Reference, caption = c.Caption }).ToList(),
                    removed = diff.Removed.Select(c => new { list = c.ListId, reference = c.Reference, caption = c.Caption }).ToList(),
                    changed = diff.Changed.Select(c => new { list = c.ListId, reference = c.Reference, caption = c.Caption, fields = c.Fields }).ToList(),
                    unchanged = diff.Unchanged,
                }, JsonDefaults.Options);
            }
            catch (ListImportException e)
            {
                return Results.Problem(statusCode: 422, title: e.Message);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return Results.Problem(statusCode: 413, title: "The list file is too large");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }).AddEndpointFilter(keyFilter) // it takes up to 256 MB and parses it: only for those who may write
            .WithSummary("Compares a list file (the request body; ?name= gives its file name) with the loaded version: added, removed and changed entries by the list's own reference");
        return app;
    }
}
