using System.Net;
using System.Text;

namespace SanctionWatch.Server.Tests;

/// <summary>Oversize, slow and piled-up requests get their own status (413, 408, 429), never an internal error.</summary>
public sealed class RequestLimitsTest(OpenServer open) : IClassFixture<OpenServer>
{
    [Fact]
    public async Task PostDocument_ThreeMegabytes_Is413()
    {
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        using var body = new StringContent(new string('a', 3 << 20), Encoding.UTF8, "text/plain");
        // Expect: 100-continue lets the server answer from the declared length before the client sends the body,
        // so the test never races a connection the server closes while 3 MB are still being written.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative)) { Content = body };
        request.Headers.ExpectContinue = true;
        using var answer = await http.SendAsync(request, token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }

    [Fact]
    public async Task Match_BodyOverItsLimit_Is413BeforeAnyWork()
    {
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        string names = string.Join(',', Enumerable.Repeat("\"Kim Jong Un\"", 60_000));
        using var body = new StringContent("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [" + names + "]}}}}", Encoding.UTF8, "application/json");
        using var answer = await http.PostAsync(new Uri("match/default", UriKind.Relative), body, token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }

    [Fact]
    public async Task PostDocument_BodyThatStalls_Is408()
    {
        using var http = open.Server.Client(); // skips when the server could not start
        var token = TestContext.Current.CancellationToken;
        using var raw = new RawHttp();
        await raw.StartPostAsync(open.Server.BaseAddress!, "/api/documents", 100_000, "{\"text\": \"", token);
        // Kestrel's minimum body rate (240 bytes/s after a 5 s grace) gives up on the body.
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
        wait.CancelAfter(TimeSpan.FromSeconds(40));
        string? status = await raw.StatusLineAsync(wait.Token);
        Assert.Equal("HTTP/1.1 408 Request Timeout", status);
    }

    [Fact]
    public async Task CostlyRequests_MoreAtOnceThanAllowed_Are429WithRetryAfter()
    {
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        // Four writes whose bodies never finish hold the client's (and the server's) slots for costly work.
        var holders = new List<RawHttp>();
        try
        {
            for (int i = 0; i < 4; i++)
            {
                var raw = new RawHttp();
                holders.Add(raw);
                await raw.StartPostAsync(open.Server.BaseAddress!, "/api/documents", 10_000, "{", token);
            }

            await Task.Delay(500, token);
            using var body = new StringContent("""{"queries": {}}""", Encoding.UTF8, "application/json");
            using var refused = await http.PostAsync(new Uri("match/default", UriKind.Relative), body, token);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        }
        finally
        {
            holders.ForEach(h => h.Dispose());
        }

        // The slots come back once the stalled requests are gone.
        HttpStatusCode after = HttpStatusCode.TooManyRequests;
        for (int i = 0; i < 50 && after == HttpStatusCode.TooManyRequests; i++)
        {
            await Task.Delay(200, token);
            using var body = new StringContent("""{"queries": {}}""", Encoding.UTF8, "application/json");
            using var again = await http.PostAsync(new Uri("match/default", UriKind.Relative), body, token);
            after = again.StatusCode;
        }

        Assert.Equal(HttpStatusCode.NotFound, after); // the empty store has no lists: the request itself got through
    }
}
