namespace SanctionWatch.Server.Pages;

/// <summary>
/// <c>/network</c>: parties as nodes and TRANSFER flows as edges, drawn by Cytoscape.js from the elements inlined as JSON (also served at <c>/network/graph.json</c>),
/// with the same flows as an accessible list beside the drawing; both take the filters of <see cref="EventFilter"/>.
/// </summary>
public static class NetworkPage
{
    /// <summary>The page.</summary>
    public static IResult Get(Workbench wb, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = Indexed.Of(wb);
        var filter = EventFilter.Parse(request.Query);
        var network = TransferNetwork.Of(index, filter);
        var sb = new StringBuilder(FilterForm.Render("/network", filter, index));
        sb.Append($"<p class=\"network-summary\">{network.Nodes.Count} parties, {network.Flows.Count} flows of {network.Flows.Sum(f => f.Events.Count)} transfers.");
        if (network.UndatedLeftOut > 0)
        {
            sb.Append($" {network.UndatedLeftOut} undated transfers are left out by the date range (see the <a href=\"/timeline\">timeline</a>).");
        }

        sb.Append("</p><div class=\"network-layout\">").Append(Drawing(network)).Append("<section class=\"flow-list\" aria-labelledby=\"flows-heading\"><h2 id=\"flows-heading\">Flows</h2>")
            .Append(FlowListHtml.Render(network, index)).Append("</section></div>").Append(Scripts);
        return Page("Network", sb.ToString());
    }

    /// <summary>
    /// The drawing's container, legend and caption, with <paramref name="network"/>'s elements as a JSON data block the
    /// script reads (never executed; the serializer escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so article text cannot
    /// close it). Inlined rather than fetched: the Content-Security-Policy allows no connections, and the page needs one request less.
    /// </summary>
    public static string Drawing(TransferNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        string json = JsonSerializer.Serialize(GraphJson.Of(network), JsonSerializerOptions.Web);
        // Cytoscape.js adds a <style> element unless one with this id exists; the CSP would refuse it, so the site's
        // stylesheet gives the container its position instead and this placeholder stops the attempt.
        return $"<figure class=\"graph\"><span id=\"__________cytoscape_stylesheet\" hidden></span><script type=\"application/json\" id=\"graph-data\">{json}</script><div class=\"graph-canvas\" data-graph=\"graph-data\" role=\"img\" aria-label=\"A drawing of the transfer network; the list of flows gives the same.\"><p class=\"empty\">The drawing needs JavaScript; the list of flows gives the same.</p></div>"
            + "<figcaption class=\"legend\"><span class=\"l-asserted\">asserted</span> <span class=\"l-reported\">reported</span> <span class=\"l-alleged\">alleged</span> <span class=\"l-expected\">expected / hypothetical</span> <span class=\"l-denied\">denied / negated</span> · thicker: more independent sources · <span class=\"l-listed\">red border</span>: on a sanctions list. Click an edge for its evidence, a party for its page.</figcaption></figure>";
    }

    /// <summary>The scripts that draw every <c>[data-graph]</c> on a page.</summary>
    public const string Scripts = "<script src=\"/static/vendor/cytoscape.min.js\"></script><script src=\"/static/network.js\"></script>";

    /// <summary><c>/network/graph.json</c>: the network's elements under the same filters.</summary>
    public static IResult Graph(Workbench wb, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = Indexed.Of(wb);
        return Results.Json(GraphJson.Of(TransferNetwork.Of(index, EventFilter.Parse(request.Query))));
    }
}
