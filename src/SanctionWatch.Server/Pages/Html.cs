using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SanctionWatch.Server.Pages;

/// <summary>Small helpers for server-rendered HTML: every piece of data goes through <see cref="E"/>.</summary>
public static class Html
{
    // Markup characters are always escaped; letters of every script stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>HTML-escapes <paramref name="value"/> (article text, names, anything not written by this code).</summary>
    public static string E(string? value) => Encoder.Encode(value ?? "");

    /// <summary>A link path with an escaped id segment.</summary>
    public static string Href(string prefix, string id) => E(prefix + Uri.EscapeDataString(id));

    /// <summary>A number in the invariant culture.</summary>
    public static string N(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The whole page around <paramref name="body"/>.</summary>
    public static IResult Page(string title, string body, int status = 200)
    {
        var sb = new StringBuilder(body.Length + 1024);
        sb.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>").Append(E(title)).Append(" – SanctionWatch</title><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>");
        sb.Append("<header><nav><a href=\"/\" class=\"brand\">SanctionWatch</a> <a href=\"/network\">Network</a> <a href=\"/timeline\">Timeline</a> <a href=\"/screen\">Screening</a> <a href=\"/search\">Search</a> <a href=\"/audit\">Audit</a> <a href=\"/openapi/v1.json\">API</a></nav></header><main>");
        sb.Append("<h1>").Append(E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A "nothing here" page.</summary>
    public static IResult NotFound(string what) => Page("Not found", $"<p>{E(what)} was not found.</p>", 404);
}
