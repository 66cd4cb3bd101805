namespace SanctionWatch.Server.Pages;

/// <summary>
/// The pages' scripts, served from resources embedded in the assembly: the workbench's own <c>network.js</c> and
/// Cytoscape.js with its licence (installed by npm at build time; see the project file). Nothing comes from elsewhere.
/// </summary>
public static class StaticAssets
{
    /// <summary>Maps <c>/static/network.js</c>, <c>/static/vendor/cytoscape.min.js</c> and its licence.</summary>
    public static IEndpointRouteBuilder MapStaticAssets(this IEndpointRouteBuilder app)
    {
        Map(app, "/static/network.js", "network.js", "text/javascript; charset=utf-8");
        Map(app, "/static/vendor/cytoscape.min.js", "cytoscape.min.js", "text/javascript; charset=utf-8");
        Map(app, "/static/vendor/cytoscape.LICENSE.txt", "cytoscape.LICENSE.txt", "text/plain; charset=utf-8");
        return app;
    }

    private static void Map(IEndpointRouteBuilder app, string path, string resource, string contentType)
    {
        // Read once at start-up: the bytes never change while the server runs.
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("SanctionWatch.Server.Assets." + resource)
            ?? throw new InvalidOperationException($"{resource} is missing from the server assembly; build it again (npm ci runs in src/SanctionWatch.Server/Client)");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        byte[] bytes = copy.ToArray();
        app.MapGet(path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(bytes, contentType);
        }).ExcludeFromDescription();
    }
}
