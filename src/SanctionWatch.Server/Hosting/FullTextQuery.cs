using System.Text;

namespace SanctionWatch.Server.Hosting;

/// <summary>Turns what a user typed into an FTS5 query of quoted terms, so that FTS syntax in it is only ever text.</summary>
public static class FullTextQuery
{
    /// <summary>The FTS5 MATCH expression for <paramref name="input"/> (all terms required), or null when it has no word.</summary>
    public static string? Build(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (char c in input)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                terms.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            terms.Add(current.ToString());
        }

        // Only letters and digits survive, and each term is a quoted string: no operator, column filter or quote can leak.
        return terms.Count == 0 ? null : string.Join(' ', terms.Take(16).Select(t => "\"" + t + "\""));
    }
}
