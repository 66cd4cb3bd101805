using System.Globalization;
using System.Text.RegularExpressions;

namespace SanctionWatch.Model.Documents;

/// <summary>Writes where a piece of evidence stands in a report, as analysts cite it: "S/2024/215, para. 45, p. 23".</summary>
public static partial class Citation
{
    /// <summary>
    /// The citation of a span of the document titled <paramref name="title"/>, or null when there is nothing to cite
    /// beyond the document itself: the UN document symbol in the title, the paragraph number and the page.
    /// </summary>
    public static string? Of(string? title, string? paragraph, int? page)
    {
        if (paragraph is null && page is null)
        {
            return null;
        }

        var parts = new List<string>(3);
        if (title is not null && Symbol().Match(title) is { Success: true } symbol)
        {
            parts.Add(symbol.Value);
        }

        if (paragraph is not null)
        {
            parts.Add("para. " + paragraph);
        }

        if (page is { } p)
        {
            parts.Add("p. " + p.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts);
    }

    // UN document symbols: S/2024/215, A/78/1, S/AC.49/2024/1.
    [GeneratedRegex(@"\b[ASE](?:/[A-Z0-9.]+)*/\d{1,4}/\d+(?:/[A-Za-z0-9.]+)*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();
}
