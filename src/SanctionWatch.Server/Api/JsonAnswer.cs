using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Server.Api;

/// <summary>An answer written straight to JSON with <see cref="Utf8JsonWriter"/>, keeping non-ASCII names readable.</summary>
public static class JsonAnswer
{
    /// <summary>The JSON <paramref name="write"/> produces, as a 200 (or <paramref name="status"/>).</summary>
    public static IResult Bytes(Action<Utf8JsonWriter> write, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScreeningJson.WriterOptions))
        {
            write(w);
        }

        return status == 200 ? Results.Bytes(buffer.ToArray(), "application/json") : new StatusBytes(buffer.ToArray(), status);
    }

    private sealed class StatusBytes(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json";
            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
