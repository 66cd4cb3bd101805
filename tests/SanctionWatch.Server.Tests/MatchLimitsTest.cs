using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SanctionWatch.Server.Tests;

/// <summary>The work one <c>/match</c> request may ask for is bounded, and an unknown schema is a client error as in yente.</summary>
public sealed class MatchLimitsTest(ServerProcess server) : IClassFixture<ServerProcess>
{
    [Fact]
    public async Task Match_UnknownSchema_Is400WithDetail()
    {
        using var answer = await Match(Request(1, 1, "Persn"));
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("'Persn'", (string)body["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_SchemaInAnyCase_MeansTheSameAndAnUnreadableValueIsThatQuerysError()
    {
        var queries = new JsonObject
        {
            ["lower"] = new JsonObject { ["schema"] = "person", ["properties"] = new JsonObject { ["name"] = new JsonArray("Kim Jong Un") } },
            ["proper"] = new JsonObject { ["schema"] = "Person", ["properties"] = new JsonObject { ["name"] = new JsonArray("Kim Jong Un") } },
            ["country"] = new JsonObject { ["schema"] = "Person", ["properties"] = new JsonObject { ["name"] = new JsonArray("Kim Jong Un"), ["country"] = new JsonArray("Narnia") } },
            ["date"] = new JsonObject { ["schema"] = "Person", ["properties"] = new JsonObject { ["name"] = new JsonArray("Kim Jong Un"), ["birthDate"] = new JsonArray("03/04/1984") } },
        };
        using var answer = await Match(new JsonObject { ["queries"] = queries }.ToJsonString());
        var responses = JsonNode.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["responses"]!;
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(responses["proper"]!["results"]!.ToJsonString(), responses["lower"]!["results"]!.ToJsonString());
        Assert.NotEmpty(responses["lower"]!["results"]!.AsArray());
        Assert.Equal(400, (int)responses["country"]!["status"]!);
        Assert.Contains("'Narnia'", (string)responses["country"]!["detail"]!, StringComparison.Ordinal);
        Assert.Equal(400, (int)responses["date"]!["status"]!);
        Assert.Contains("ambiguous", (string)responses["date"]!["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_MoreNamesInOneQueryThanAllowed_Is422()
    {
        using var answer = await Match(Request(1, 21));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains("At most 20 names per query", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_MoreNamesInTheRequestThanTheBudget_Is422()
    {
        using var answer = await Match(Request(100, 6));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains("At most 500 names per request", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_TheLargestAllowedRequest_IsAnswered()
    {
        using var answer = await Match(Request(100, 5));
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(100, body["responses"]!.AsObject().Count);
    }

    /// <summary>A request of <paramref name="queries"/> queries with <paramref name="names"/> names each.</summary>
    internal static string Request(int queries, int names, string schema = "Person")
    {
        var all = new JsonObject();
        for (int q = 0; q < queries; q++)
        {
            var values = new JsonArray();
            for (int n = 0; n < names; n++)
            {
                values.Add($"Kim Jong {q} Un {n}");
            }

            all["q" + q] = new JsonObject { ["schema"] = schema, ["properties"] = new JsonObject { ["name"] = values } };
        }

        return new JsonObject { ["queries"] = all }.ToJsonString();
    }

    private async Task<HttpResponseMessage> Match(string json)
    {
        using var http = server.Client();
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        return await http.PostAsync(new Uri("match/default", UriKind.Relative), body, TestContext.Current.CancellationToken);
    }
}
