using System.Net.Http.Json;
using System.Text.Json;

namespace SanctionWatch.Application.Alerts;

/// <summary>Posts alerts as JSON to the one address the user configured; nothing is sent anywhere else.</summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;

    /// <summary>Creates a sender; <paramref name="handler"/> replaces the network stack (tests), and is not disposed.</summary>
    public WebhookSender(HttpMessageHandler? handler = null, TimeSpan? timeout = null)
    {
        _client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _client.Timeout = timeout ?? TimeSpan.FromSeconds(10);
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Value);
    }

    /// <summary>Posts one alert; returns null on success or a one-line reason.</summary>
    public async Task<string?> PostAsync(Uri url, AlertMessage alert, CancellationToken cancellation = default)
    {
        try
        {
            using var content = JsonContent.Create(alert, options: new JsonSerializerOptions(JsonSerializerDefaults.Web));
            using var response = await _client.PostAsync(url, content, cancellation).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return "no answer within " + _client.Timeout.TotalSeconds + " s";
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
