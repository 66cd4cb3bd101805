using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SanctionWatch.Analysis.Events;
using SanctionWatch.Analysis.Quotes;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>Any text, however odd, gives events and quotes whose offsets lie inside it, and never an exception.</summary>
public sealed class RobustnessTest
{
    private static readonly string[] Words =
    [
        "Russland", "liefert", "Nordkorea", "„", "“", "\"", ",", ".", "soll", "haben", "geliefert", "Munition", "1.000", "Millionen",
        "sagte", "Kim", "wenn", "würde", "nicht", "bestreitet", "das", "Pjöngjang", "North", "Korea", "supplied", "to", "Russia",
        "said", "denies", "if", "(", ")", "18.06.", "am", "Dienstag", "im", "März", "vor", "24", "Jahren", "?", ":", "»", "«",
    ];

    [Property(MaxTest = 200)]
    public Property Extract_RandomWordSoup_OffsetsInsideText() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Words)).ToArbitrary(), Gen.Elements("de", "en").ToArbitrary(), (words, language) =>
        {
            string text = string.Join(' ', words);
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens, language);
            var mentions = new List<Model.Documents.Mention>();
            Support.TestPacks.Places.Recognize(text, tokens, mentions);
            var events = new Analysis.Events.EventExtractor(Support.TestPacks.For(language)).Extract(text, tokens, sentences, mentions, "2024-06-19");
            var quotes = new Analysis.Quotes.QuoteExtractor(Support.TestPacks.For(language)).Extract(text, tokens, sentences, mentions);
            return events.All(e => e.Evidence.All(s => s.Start >= 0 && s.End <= text.Length) && e.Items.All(i => i.End <= text.Length)
                    && (e.Denies is null || e.Denies < events.Count))
                && quotes.All(q => q.Start >= 0 && q.End <= text.Length && q.Text == text[q.Start..q.End]);
        });
}
