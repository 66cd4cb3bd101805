using SanctionWatch.Analysis.Events;
using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Analysis.Quotes;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A document for the tests: tokens, sentences, place mentions from the gazetteer and person mentions given by
/// hand (<c>"John Kirby|us"</c>: every occurrence of the name), so that the tests do not depend on the NER.
/// </summary>
internal sealed class TestDocument
{
    public TestDocument(string text, string language, string? date = null, params string[] persons)
    {
        Text = TextNormalizer.Normalize(text).Text;
        Language = language;
        Tokens = Tokenizer.Tokenize(Text);
        Sentences = SentenceSplitter.Split(Text, Tokens, language);
        var mentions = new List<Mention>();
        Support.TestPacks.Places.Recognize(Text, Tokens, mentions);
        foreach (string spec in persons)
        {
            var parts = spec.Split('|');
            string name = parts[0];
            string? country = parts.Length > 1 ? parts[1] : null;
            string schema = parts.Length > 2 ? parts[2] : "Person";
            for (int at = Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                mentions.RemoveAll(m => m.Start < at + name.Length && at < m.End);
                mentions.Add(new Mention(at, at + name.Length, name, schema, null, name, country, "test"));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        Mentions = mentions;
        Events = new Analysis.Events.EventExtractor(Support.TestPacks.For(language)).Extract(Text, Tokens, Sentences, Mentions, date, syntax: Parse(language));
        Quotes = new Analysis.Quotes.QuoteExtractor(Support.TestPacks.For(language)).Extract(Text, Tokens, Sentences, Mentions);
    }

    public string Text { get; }

    public string Language { get; }

    public List<Token> Tokens { get; }

    public List<TextSpan> Sentences { get; }

    public List<Mention> Mentions { get; }

    public IReadOnlyList<EventMention> Events { get; }

    public IReadOnlyList<QuoteMention> Quotes { get; }

    /// <summary>The country code or the name of an argument ("kp", "John Kirby"), or null.</summary>
    public string? Who(ArgumentRef? argument)
    {
        if (argument is null)
        {
            return null;
        }

        var m = Mentions[argument.Mention];
        return m.Schema is "Country" || argument.AsGovernment ? m.Country : m.Name;
    }

    /// <summary>A one-line description of every event, for assertion messages.</summary>
    public string Describe() => string.Join(" ; ", Events.Select(e =>
        $"{e.Type}/{e.Mode} {Who(e.Actor)}->{Who(e.Target)} [{string.Join(",", e.Items.Select(i => i.Category + (i.Quantity is null ? "" : ":" + i.Quantity.Amount)))}] {e.Modality} by {Who(e.Claimant)} date {e.Date?.Value}"));

    // Every sentence's tree, as the syntax pipe gives it to the event rules.
    private List<Analysis.Syntax.SentenceSyntax?>? Parse(string language)
    {
        if (Support.TestPacks.For(language).Syntax is not { } syntax)
        {
            return null;
        }

        var trees = new List<Analysis.Syntax.SentenceSyntax?>();
        int first = 0;
        foreach (var sentence in Sentences)
        {
            while (first < Tokens.Count && Tokens[first].Start < sentence.Start)
            {
                first++;
            }

            var words = new List<string>();
            for (int k = first; k < Tokens.Count && Tokens[k].Start < sentence.End; k++)
            {
                words.Add(Text.Substring(Tokens[k].Start, Tokens[k].Length));
            }

            trees.Add(syntax.Analyze(words));
        }

        return trees;
    }
}
