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
        a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #c9a800; outline-offset: 2px; }
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; background: #fff; padding: .6rem; border: 1px solid #ddd; }
        form.filters label { display: flex; flex-direction: column; font-size: .85rem; }
        .error { color: #b00020; }
        .network-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
        figure.graph { margin: 0; }
        .graph-canvas { position: relative; height: 70vh; min-height: 24rem; background: #fff; border: 1px solid #ccc; }
        .neighbourhood .graph-canvas { height: 26rem; min-height: 0; }
        .legend { font-size: .85rem; color: #444; }
        .legend span { padding: 0 .3rem; border-bottom: 3px solid; }
        .l-asserted { border-color: #1b1b1b; } .l-reported { border-color: #1f5fa8; } .l-alleged { border-bottom-style: dashed !important; border-color: #b35c00; }
        .l-expected { border-bottom-style: dotted !important; border-color: #6b6b6b; } .l-denied { border-bottom-style: dashed !important; border-color: #b00020; }
        .l-listed { border: 3px solid #b00020 !important; }
        .flow-list { max-height: 75vh; overflow-y: auto; }
        .neighbourhood .flow-list { max-height: 28rem; }
        ol.flows { padding-left: 1.4rem; }
        details.flow { border-bottom: 1px solid #ddd; padding: .3rem 0; }
        details.flow.selected { background: #fffbe0; outline: 2px solid #c9a800; }
        details.flow summary { cursor: pointer; }
        .listed { color: #b00020; font-size: .85rem; }
        ol.events, ol.timeline, ul.undated-events { padding-left: 1.2rem; }
        li.event { margin: .4rem 0; }
        .event-head { margin: 0; }
        .event .type { font-size: .8rem; letter-spacing: .03em; }
        .modality { font-style: italic; }
        .undated { color: #777; font-style: italic; }
        .as-written { color: #555; }
        blockquote.cited { margin: .2rem 0 .4rem; padding: .2rem .6rem; border-left: 3px solid #ccc; background: #fff; font-size: .92rem; }
        blockquote.cited cite { display: block; font-size: .8rem; }
        .claim-meta { margin: .4rem 0 0; font-size: .9rem; }
        section.measure, section.sources { background: #fff; padding: .3rem .8rem; border: 1px solid #ddd; margin: .5rem 0; }
        ul.provisions, ul.aliases { margin: 0; padding-left: 1.1rem; }
        section.story { border-top: 1px solid #ccc; }
        @media (max-width: 900px) {
          .network-layout, article.event { grid-template-columns: 1fr; }
          .graph-canvas { height: 55vh; min-height: 18rem; }
          .flow-list { max-height: none; }
          dl { grid-template-columns: 1fr; }
          header a { display: inline-block; margin: .2rem .8rem .2rem 0; }
          main { padding: .6rem; }
          table { display: block; overflow-x: auto; }
        }
        """;
}
