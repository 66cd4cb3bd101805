using Microsoft.AspNetCore.Http;

namespace SanctionWatch.Server.Api;

/// <summary>Error answers in yente's shapes: <c>{"detail": "…"}</c>, and FastAPI's list of field errors for a 422.</summary>
public static class YenteErrors
{
    /// <summary>The body of a yente error, as the OpenAPI description names it.</summary>
    /// <param name="Detail">What went wrong.</param>
    public sealed record ErrorResponse(string Detail);

    /// <summary><c>{"detail": message}</c> with <paramref name="status"/>.</summary>
    public static IResult Detail(int status, string message) =>
        Results.Json(new { detail = message }, JsonDefaults.Options, "application/json", status);

    /// <summary>A 422 naming the query parameter <paramref name="name"/> that could not be read, as FastAPI reports it.</summary>
    public static IResult InvalidParameter(string name, string message, string? input, string type = "value_error") =>
        Results.Json(new { detail = new[] { new { type, loc = new[] { "query", name }, msg = message, input } } }, JsonDefaults.Options, "application/json", 422);

    private static readonly string[] BodyLocation = ["body"];

    /// <summary>A 422 for a body that is not what the endpoint reads.</summary>
    public static IResult InvalidBody(string message, string type = "json_invalid") =>
        Results.Json(new { detail = new[] { new { type, loc = BodyLocation, msg = message } } }, JsonDefaults.Options, "application/json", 422);
}
