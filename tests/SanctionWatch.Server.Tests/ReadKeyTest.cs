using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SanctionWatch.Server.Tests;

/// <summary>With <c>--read-key</c>, nothing but <c>/healthz</c> is readable without a key.</summary>
public sealed class ReadKeyTest(ReadKeyServer readKey) : IClassFixture<ReadKeyServer>
{
    [Theory]
    [InlineData("api/dossier")]
    [InlineData("api/reviews")]
    [InlineData("api/audit")]
    [InlineData("")]
    public async Task Read_WithoutKey_Is401AskingForIt(string path)
    {
        using var http = readKey.Server.Client();
        using var answer = await http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.StartsWith("Basic", answer.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WithTheReadKeyTheApiKeyOrBasic_IsAnswered_AndHealthNeedsNone()
    {
        using var http = readKey.Server.Client();
        var token = TestContext.Current.CancellationToken;
        foreach (var auth in new[]
        {
            ("X-API-Key", ReadKeyServer.ReadKey),
            ("X-API-Key", ServerProcess.ApiKey),
            ("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("analyst:" + ReadKeyServer.ReadKey))),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/dossier", UriKind.Relative));
            request.Headers.TryAddWithoutValidation(auth.Item1, auth.Item2);
            using var answer = await http.SendAsync(request, token);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        using var wrong = new HttpRequestMessage(HttpMethod.Get, new Uri("api/dossier", UriKind.Relative));
        wrong.Headers.Add("X-API-Key", "not-the-key");
        using var refused = await http.SendAsync(wrong, token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative), token);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Write_WithOnlyTheReadKeyAsBasic_NeedsTheApiKey()
    {
        using var http = readKey.Server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = new StringContent("An article.", Encoding.UTF8, "text/plain"),
        };
        // Browsers resend Basic credentials by themselves, so they must never count for a write.
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("a:" + ReadKeyServer.ReadKey)));
        using var answer = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }
}
