using SanctionWatch.Analysis.Tests.Events;

namespace SanctionWatch.Analysis.Tests.Quotes;

/// <summary>Unit tests of quote finding, speakers and roles, on sentences written for the tests.</summary>
public sealed class QuoteExtractorTest
{
    [Fact]
    public void Extract_SagtNameWithApposition_SpeakerAndRole()
    {
        var doc = new TestDocument("„Die Sanktionen wirken nicht mehr richtig“, sagt Anna Berger, Professorin für Politik an der Universität Wien.", "de", null, "Anna Berger|at");
        var q = Assert.Single(doc.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("Die Sanktionen wirken nicht mehr richtig", q.Text);
        Assert.Equal("Anna Berger", q.SpeakerText);
        Assert.NotNull(q.Speaker);
        Assert.Equal("Professorin für Politik an der Universität Wien", q.Role);
    }

    [Fact]
    public void Extract_TitleBeforeName_RoleFromTitle()
    {
        var doc = new TestDocument("„Wir haben keine Waffen geliefert“, sagte Kremlsprecher Dmitri Peskow.", "de", null, "Dmitri Peskow|ru");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Dmitri Peskow", q.SpeakerText);
        Assert.Equal("Kremlsprecher", q.Role);
    }

    [Fact]
    public void Extract_DoubledApostrophes_AreQuotationMarks()
    {
        var doc = new TestDocument("''The cargo never left the port of Nakhodka at all'', said Maria Sokolova, a customs official.", "en", null, "Maria Sokolova|ru");
        var q = Assert.Single(doc.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("The cargo never left the port of Nakhodka at all", q.Text);
        Assert.Equal("Maria Sokolova", q.SpeakerText);
    }

    [Fact]
    public void Extract_ApostrophesInsideWords_AreNoQuotation() =>
        Assert.Empty(new TestDocument("The ministers' talks and the workers' pay were discussed by the officials' aides on Monday.", "en").Quotes);

    [Fact]
    public void Extract_NoPersonMention_SpeakerTextStillFilled()
    {
        var doc = new TestDocument("\"Das ist eine gefährliche Entwicklung für die ganze Region\", sagte Müller der Zeitung.", "de");
        var q = Assert.Single(doc.Quotes);
        Assert.Null(q.Speaker);
        Assert.Equal("Müller", q.SpeakerText);
    }

    [Fact]
    public void Extract_EnglishSaidName_Speaker()
    {
        var doc = new TestDocument("“We will not tolerate these transfers any longer,” said Jane Doe, a spokesperson for the ministry.", "en", null, "Jane Doe|gb");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Jane Doe", q.SpeakerText);
        Assert.Equal("a spokesperson for the ministry", q.Role);
    }

    [Fact]
    public void Extract_NameToldReporters_Speaker()
    {
        var doc = new TestDocument("\"The shipments have continued all summer long,\" Smith told reporters.", "en");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Smith", q.SpeakerText);
    }

    [Fact]
    public void Extract_ColonAfterSpeech_SpeakerFromSentenceStart()
    {
        var doc = new TestDocument("Anna Berger sagte dazu: »Niemand kann diese Lieferungen noch übersehen.«", "de", null, "Anna Berger|at");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Anna Berger", q.SpeakerText);
    }

    [Fact]
    public void Extract_PronounSpeaker_ResolvedToLastSpeaker()
    {
        var doc = new TestDocument("„Die Lage ist sehr ernst geworden“, sagte Anna Berger. „Wir sehen jeden Tag neue Lieferungen“, sagte sie weiter.", "de", null, "Anna Berger|at");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("Anna Berger", doc.Quotes[1].SpeakerText);
    }

    [Fact]
    public void Extract_ShortScareQuotes_NotAQuote()
    {
        var doc = new TestDocument("Russland nennt den Krieg eine \"Spezialoperation\" und spricht von Erfolgen.", "de");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Extract_ReportedSpeechInKonjunktiv_IndirectQuote()
    {
        var doc = new TestDocument("Anna Berger sagt, Russland habe die Lieferungen deutlich ausgeweitet.", "de", null, "Anna Berger|at");
        var q = Assert.Single(doc.Quotes);
        Assert.False(q.Direct);
        Assert.Equal("Anna Berger", q.SpeakerText);
        Assert.StartsWith("Russland habe", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EnglishReportedSpeech_IndirectQuote()
    {
        var doc = new TestDocument("John Smith said that Russia had expanded its deliveries of fuel.", "en", null, "John Smith|us");
        var q = Assert.Single(doc.Quotes);
        Assert.False(q.Direct);
        Assert.Equal("Russia had expanded its deliveries of fuel", q.Text);
    }

    [Fact]
    public void Extract_Offsets_MatchText()
    {
        var doc = new TestDocument("„Die Sanktionen wirken nicht mehr richtig“, sagt Anna Berger.", "de", null, "Anna Berger|at");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(q.Text, doc.Text[q.Start..q.End]);
    }
}
