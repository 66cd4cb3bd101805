using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SanctionWatch.Server.Tests;

public sealed class PurgeApiTest(ServerProcess server) : IClassFixture<ServerProcess>
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

    private static string WithoutGeneratedAt(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("generatedAt");
        return node.ToJsonString();
    }
}
