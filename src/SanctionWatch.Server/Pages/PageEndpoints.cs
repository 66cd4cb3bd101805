namespace SanctionWatch.Server.Pages;

/// <summary>
/// Maps the analyst pages (one class per page) and their stylesheet and scripts. The pages are server-rendered
/// HTML that works without JavaScript; only the network drawing needs it, and it has a list beside it.
/// </summary>
public static class PageEndpoints
{
    /// <summary>Maps the pages, their stylesheet and scripts.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/static/site.css", () => Results.Text(SiteCss.Text, "text/css")).ExcludeFromDescription();
        app.MapStaticAssets();
        app.MapGet("/", DashboardPage.Get).ExcludeFromDescription();
        app.MapGet("/findings/{id}", FindingPage.Get).ExcludeFromDescription();
        app.MapGet("/documents/{id}", DocumentPage.Get).ExcludeFromDescription();
        app.MapGet("/entities/{id}/page", EntityPage.Get).ExcludeFromDescription();
        app.MapGet("/network", NetworkPage.Get).ExcludeFromDescription();
        app.MapGet("/network/graph.json", NetworkPage.Graph).ExcludeFromDescription();
        app.MapGet("/timeline", TimelinePage.Get).ExcludeFromDescription();
        app.MapGet("/screen", ScreenPage.Get).ExcludeFromDescription();
        app.MapGet("/search", SearchPage.Get).ExcludeFromDescription();
        return app;
    }
}
