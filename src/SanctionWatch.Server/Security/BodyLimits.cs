using Microsoft.AspNetCore.Http.Features;

namespace SanctionWatch.Server.Security;

/// <summary>
/// Gives each endpoint family its body limit, refuses a declared oversize body at once, and turns Kestrel's
/// body errors (too large, too slow) into their own status (413, 408) instead of an internal error (500).
/// </summary>
public sealed class BodyLimits
{
    private readonly ServerLimits _limits;

    /// <summary>Creates the middleware.</summary>
    public BodyLimits(ServerLimits limits) => _limits = limits ?? throw new ArgumentNullException(nameof(limits));

    /// <summary>Applies the limit and runs <paramref name="next"/>.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        long limit = context.Request.Path.StartsWithSegments("/match", StringComparison.Ordinal) ? _limits.MaxMatchBodyBytes : _limits.MaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await Answer(context, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes").ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            string title = e.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => $"The body is larger than {limit} bytes",
                StatusCodes.Status408RequestTimeout => "The body arrived too slowly",
                _ => "The request could not be read",
            };
            await Answer(context, e.StatusCode, title).ConfigureAwait(false);
        }
    }

    private static Task Answer(HttpContext context, int status, string title)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        // The rest of the body is not read: close the connection rather than drain it.
        context.Response.Headers.Connection = "close";
        return context.Response.WriteAsJsonAsync(new { type = "about:blank", title, status }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
