using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SanctionWatch.Server.Tests;

/// <summary>A yente client against a server with no lists loaded: not ready, no datasets, 404 for every dataset.</summary>
public sealed class YenteEmptyServerTest(OpenServer open) : IClassFixture<OpenServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readyz_NoListsLoaded_Is503WithDetail()
    {
        using var http = open.Server.Client();
        using var answer = await http.GetAsync(new Uri("readyz", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("Index not ready.", (string)JsonNode.Parse(await answer.Content.ReadAsStringAsync(Cancel))!["detail"]!);
    }

    [Fact]
    public async Task CatalogAndMatch_NoListsLoaded_NoDatasetAnd404()
    {
        using var http = open.Server.Client();
        var catalog = JsonNode.Parse(await http.GetStringAsync(new Uri("catalog", UriKind.Relative), Cancel))!;
        using var body = new StringContent("""{"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim Jong Un"]}}}}""", Encoding.UTF8, "application/json");
        using var match = await http.PostAsync(new Uri("match/default", UriKind.Relative), body, Cancel);

        Assert.Empty(catalog["datasets"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, match.StatusCode);
        Assert.Equal("No such dataset.", (string)JsonNode.Parse(await match.Content.ReadAsStringAsync(Cancel))!["detail"]!);
    }
}
