using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SanctionWatch.Server.Tests;

public sealed class PurgeAndVesselApiTest(ServerProcess server) : IClassFixture<ServerProcess>
{
    private const string Marker = "Quorvantelis";

    [Fact]
    public async Task DeleteDocument_WithKey_RemovesItFromDossierSearchAndDocuments()
    {
        using var http = server.Client();
        var token = TestContext.Current.CancellationToken;
        string original = WithoutGeneratedAt(await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), token));
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = new StringContent($"Kim Jong Un met Vladimir Putin in Vladivostok, the informant {Marker} said.", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-API-Key", ServerProcess.ApiKey);
        using var posted = await http.SendAsync(post, token);
        string id = (string)JsonNode.Parse(await posted.Content.ReadAsStringAsync(token))!["id"]!;
        Assert.Contains(Marker, await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), token), StringComparison.Ordinal);
        var document = new Uri("api/documents/" + Uri.EscapeDataString(id), UriKind.Relative);

        using var noKey = await http.DeleteAsync(document, token);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, document);
        delete.Headers.Add("X-API-Key", ServerProcess.ApiKey);
        using var deleted = await http.SendAsync(delete, token);
        using var again = new HttpRequestMessage(HttpMethod.Delete, document);
        again.Headers.Add("X-API-Key", ServerProcess.ApiKey);
        using var second = await http.SendAsync(again, token);

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        using var read = await http.GetAsync(document, token);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        var search = JsonNode.Parse(await http.GetStringAsync(new Uri("api/search?q=" + Marker, UriKind.Relative), token))!;
        Assert.Empty(search["results"]!.AsArray());
        Assert.Equal(original, WithoutGeneratedAt(await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), token)));
    }

    [Fact]
    public async Task PostDocument_VesselNamedOnlyByImoNumber_DossierListsTheVesselWithThatNumber()
    {
        using var http = server.Client();
        var token = TestContext.Current.CancellationToken;
        // IMO 9179842 is the OFAC-listed ro-ro ship ANGARA (sdn.csv, loaded by the fixture); the article renames it.
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = new StringContent("The freighter Blue Heron (IMO 9179842) carried containers from Rajin to Dunai. A second ship, IMO 9179843, stayed in port.", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-API-Key", ServerProcess.ApiKey);
        using var posted = await http.SendAsync(post, token);
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync(token));

        var entities = JsonNode.Parse(await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), token))!["entities"]!.AsArray();

        var vessel = Assert.Single(entities, e => (string?)e!["imoNumber"] == "IMO9179842")!;
        Assert.Equal("Blue Heron", (string)vessel["name"]!);
        var listing = Assert.Single(vessel["listings"]!.AsArray(), l => (string)l!["algorithm"]! == "imo-number")!;
        Assert.Equal("ANGARA", (string)listing["name"]!);
        Assert.Contains("IMO number match", listing["explanations"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(entities, e => ((string?)e!["imoNumber"])?.EndsWith("9179843", StringComparison.Ordinal) == true);
    }

    private static string WithoutGeneratedAt(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("generatedAt");
        return node.ToJsonString();
    }
}
