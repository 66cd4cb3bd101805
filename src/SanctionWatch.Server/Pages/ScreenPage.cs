using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Pages;

/// <summary><c>/screen</c>: screen a name against the loaded lists, each result explained.</summary>
public static class ScreenPage
{
    /// <summary>The page.</summary>
    public static IResult Get(Workbench wb, string? q, string? schema, string? dataset)
    {
        string set = string.IsNullOrWhiteSpace(dataset) ? "default" : dataset;
        var sb = new StringBuilder();
        sb.Append($"<form method=\"get\" action=\"/screen\" class=\"screen\"><label>Name <input name=\"q\" id=\"q\" required value=\"{E(q)}\"></label> ")
            .Append("<label>Schema <select name=\"schema\" id=\"schema\">");
        foreach (string s in new[] { "", SchemaNames.Person, SchemaNames.Organization, SchemaNames.Company, SchemaNames.Vessel, SchemaNames.LegalEntity })
        {
            sb.Append($"<option value=\"{s}\"{(s == (schema ?? "") ? " selected" : "")}>{(s.Length == 0 ? "any" : s)}</option>");
        }

        sb.Append("</select></label> <button type=\"submit\">Screen</button></form>");
        if (!string.IsNullOrWhiteSpace(q))
        {
            var index = wb.Index(set);
            ScreeningQuery? query = null;
            try
            {
                query = ScreeningQuery.FromInput(q, schema, [q], [], []);
            }
            catch (InvalidQueryException e)
            {
                sb.Append($"<p class=\"error\">{E(e.Message)}</p>");
            }

            if (index is null)
            {
                sb.Append("<p class=\"empty\">No lists loaded.</p>");
            }
            else if (query is not null)
            {
                var results = index.Screen(query, 10, 0.5);
                sb.Append(results.Count == 0 ? "<p class=\"empty\">No entries at or above 0.5.</p>" : "<ol class=\"results\">");
                foreach (var r in results)
                {
                    sb.Append($"<li class=\"result\"><b class=\"caption\">{E(r.Caption)}</b> <span class=\"score\">{N(r.Score, "0.000")}</span> {(r.Score >= 0.7 ? "<span class=\"match\">match</span>" : "")}")
                        .Append($"<br><small>{E(r.Schema)}; {E(r.ListId)} {E(r.Reference)}; {E(string.Join(", ", r.Programs))}</small><table class=\"explain\"><tbody>");
                    foreach (var (feature, f) in r.Explanations)
                    {
                        sb.Append($"<tr><td>{E(feature)}</td><td>{N(f.Score, "0.00")}</td><td>{E(f.Detail)}</td></tr>");
                    }

                    sb.Append("</tbody></table></li>");
                }

                sb.Append(results.Count == 0 ? "" : "</ol>");
            }
        }

        return Page("Screening", sb.ToString());
    }
}
