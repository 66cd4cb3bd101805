namespace SanctionWatch.Server.Pages;

/// <summary>The pages' stylesheet, served from the app itself (no CDN).</summary>
public static class SiteCss
{
    /// <summary>The CSS.</summary>
    public const string Text = """
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
        header { background: #12263a; padding: .6rem 1rem; }
        header a { color: #fff; margin-right: 1rem; text-decoration: none; }
        header .brand { font-weight: bold; }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
        table { border-collapse: collapse; width: 100%; }
        td, th { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        .counts ul { display: flex; gap: 1.5rem; list-style: none; padding: 0; flex-wrap: wrap; }
        .empty { color: #777; font-style: italic; }
        .stale { background: #fff6d6; border-left: 4px solid #d9a400; padding: .4rem .6rem; }
        mark { background: none; border-bottom: 2px solid #999; }
        mark.ent-Person { background: #e3f0ff; }
        mark.ent-Organization, mark.ent-Company { background: #fff1d6; }
        mark.ent-Country, mark.ent-Address, mark.ent-Location { background: #e6f7e6; }
        mark.quote { background: #f4e6ff; }
        mark.evidence { background: #fff59d; border-bottom-color: #c9a800; }
        .hits mark { background: #fff59d; }
        article.event { display: grid; grid-template-columns: 2fr 1fr; gap: 1rem; border-top: 1px solid #ccc; }
        aside.counter { background: #fff4f4; padding: .5rem; }
        blockquote.paragraph { margin: .5rem 0; padding: .3rem .8rem; border-left: 3px solid #c9a800; background: #fff; }
        article.text p { max-width: 45rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dt { font-weight: bold; }
        .timeline time { font-family: monospace; margin-right: .5rem; }
        .explain td { font-size: .85rem; }
        """;
}
