using System.Text.Json.Serialization;

namespace SanctionWatch.Application.Alerts;

/// <summary>An alert as the CLI, the API and the webhook write it (JSON).</summary>
public sealed record AlertMessage(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("watch")] WatchMessage Watch,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("subjects")] IReadOnlyList<string> Subjects,
    [property: JsonPropertyName("document")] string? Document,
    [property: JsonPropertyName("start")] int? Start,
    [property: JsonPropertyName("end")] int? End,
    [property: JsonPropertyName("created")] DateTimeOffset Created,
    [property: JsonPropertyName("read")] bool Read)
{
    /// <summary>The message for <paramref name="alert"/>; <paramref name="watch"/> may be null when it was removed meanwhile.</summary>
    public static AlertMessage From(Alert alert, Watch? watch)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new AlertMessage(
            alert.Id,
            new WatchMessage(alert.WatchId, watch?.Kind, watch?.Value),
            alert.Kind,
            alert.Message,
            alert.Subjects,
            alert.Document,
            alert.Start,
            alert.End,
            alert.Created,
            alert.Read);
    }
}

/// <summary>The watch an alert came from, as written in JSON.</summary>
public sealed record WatchMessage(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("value")] string? Value);
