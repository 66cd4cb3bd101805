using FsCheck;
using FsCheck.Fluent;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Text.Tests;

public sealed class SentenceSplitterTest
{
    private static string[] Sentences(string text, string language = "de") =>
        SentenceSplitter.Split(text, language).Select(s => s.Of(text)).ToArray();

    [Theory]
    [InlineData("Das sagte Prof. Dr. Müller am Montag. Dann ging er.", 2)]
    [InlineData("Sie liefern z. B. Munition, u. a. Granaten. Das ist belegt.", 2)]
    [InlineData("Das Treffen fand am 19. Juni statt. Es dauerte lange.", 2)]
    [InlineData("Am Dienstag (18.06.) kam Putin an. Kim wartete.", 2)]
    [InlineData("Laut Nr. 5 der Liste war J. R. Smith beteiligt. Er schwieg.", 2)]
    [InlineData("Er sagte: „Wir sind bereit. Wir liefern alles.“ Dann reiste er ab.", 2)]
    [InlineData("„Das ist gut“, sagte er. Danach schwieg er.", 2)]
    [InlineData("Mr. Smith met Dr. Lee in Washington. They talked.", 2)]
    [InlineData("The U.S. Treasury acted. It named three firms.", 2)]
    [InlineData("Überschrift ohne Punkt\nDer erste Satz. Der zweite Satz.", 3)]
    [InlineData("Warum? Weil es so ist! Gut.", 3)]
    public void Split_GermanAndEnglishNews_FindsTheSentences(string text, int expected)
    {
        var sentences = Sentences(text, text.Contains("The ", StringComparison.Ordinal) || text.Contains("Mr.", StringComparison.Ordinal) ? "en" : "de");
        Assert.Equal(expected, sentences.Length);
    }

    [Theory]
    [InlineData("Die Fracht ging nach Wladiwostok.Dort wurde sie entladen.", "de", 2)]
    [InlineData("The convoy reached the border.Officials counted forty trucks.", "en", 2)]
    [InlineData("Die Summe betrug 3,5 Mio.Euro laut Bericht.", "de", 1)]
    [InlineData("Officials of the U.S.Treasury met on Friday.", "en", 1)]
    [InlineData("Das Portal beispiel.de meldete es zuerst.", "de", 1)]
    [InlineData("Fill in the form on Travel.State.gov before you leave.", "en", 1)]
    public void Split_FullStopWithoutSpace_EndsASentenceOnlyBetweenWords(string text, string language, int expected) =>
        Assert.Equal(expected, Sentences(text, language).Length);

    [Fact]
    public void Split_QuotationWithAttribution_StaysOneSentence()
    {
        var sentences = Sentences("„Wir kommen. Wir bleiben“, so Kim. Putin nickte.");
        Assert.Equal("„Wir kommen. Wir bleiben“, so Kim.", sentences[0]);
    }

    [Fact]
    public void Split_HardWrappedText_JoinsLinesOfOneSentence()
    {
        const string text = """
            The two leaders expressed their shared desire for bilateral security
            and defense cooperation under the Treaty of Mutual Cooperation and
            Security to grow stronger than ever before in the years ahead. Japan
            reiterated its unwavering commitment to fundamentally reinforce its
            own defense capabilities, which the United States welcomed warmly.
            """;
        Assert.Equal(2, Sentences(text, "en").Length);
    }

    [Fact]
    public void Split_LongLineWithoutFullStop_IsCutAtTheTokenLimit()
    {
        string text = string.Join(' ', Enumerable.Repeat("wort", 5000));
        var sentences = SentenceSplitter.Split(text, "de");
        Assert.Equal(5, sentences.Count);
    }

    // Counted by hand, sentence by sentence, from the article texts (headline and source lines count as one).
    [Theory]
    [InlineData("001_e401c0b6fb0dcb01.txt", 20)]
    [InlineData("002_51f3e81ee39de83e.txt", 29)]
    public void Split_SeedArticle_AgreesWithTheHandCount(string file, int handCount)
    {
        string raw = File.ReadAllText(SharedData.PathOf("corpus", "seeds", file));
        string text = TextNormalizer.Normalize(raw).Text;
        int count = SentenceSplitter.Split(text, "de").Count;
        Assert.InRange(count, handCount - 1, handCount + 1);
    }

    [Fact]
    public void Split_AnyText_SpansRoundTripInOrderWithoutOverlap()
    {
        var words = Gen.Elements("Prof.", "Dr.", "Nr.", "z.", "B.", "19.", "Juni", "„", "“", "\"", "Putin", "kam", ".", "!", "?", "\n", "\n\n", "der", "U.S.", "1.000", " ");
        var texts = Gen.ListOf(words).Select(list => string.Join(' ', list));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var spans = SentenceSplitter.Split(text, "de");
            int previous = 0;
            foreach (var span in spans)
            {
                if (span.Start < previous || span.End <= span.Start || span.End > text.Length)
                {
                    return false;
                }

                string sentence = span.Of(text);
                if (sentence.Trim() != sentence)
                {
                    return false;
                }

                previous = span.End;
            }

            // Every non-space character is inside some sentence.
            return Enumerable.Range(0, text.Length).All(i => char.IsWhiteSpace(text[i]) || spans.Any(s => s.Start <= i && i < s.End));
        }).QuickCheckThrowOnFailure();
    }
}
