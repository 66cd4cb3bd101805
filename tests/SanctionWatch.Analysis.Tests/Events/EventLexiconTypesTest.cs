using System.Text;
using SanctionWatch.Analysis.Events;
using SanctionWatch.Model.Events;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>The lexicon names only known event types: an unknown one in the data stops the load.</summary>
public sealed class EventLexiconTypesTest
{
    [Fact]
    public void Load_TriggerWithUnknownType_FailsNamingTheTypeAndFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => EventLexicon.Load("en", name => name == "triggers"
            ? new MemoryStream(Encoding.UTF8.GetBytes("en\tSMUGGLE\t-\tactive\t-\tsmuggle*\n"))
            : BuiltIn(name)));

        Assert.Contains("'SMUGGLE'", error.Message, StringComparison.Ordinal);
        Assert.Contains("triggers.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TriggerWithKnownType_ReadsIt()
    {
        var lexicon = EventLexicon.Load("en", name => name == "triggers"
            ? new MemoryStream(Encoding.UTF8.GetBytes("en\tSANCTION\t-\tactive\t-\tblacklist*\n"))
            : BuiltIn(name));

        Assert.Equal(EventType.Sanction.Name, lexicon.Triggers.Find("blacklisted").Value?.Type);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void LoadBuiltIn_EveryTriggerTypeIsKnown(string language)
    {
        var lexicon = EventLexicon.LoadBuiltIn(language);

        Assert.NotNull(lexicon);
        Assert.Equal(EventType.Transfer.Name, lexicon.Triggers.Find(language == "de" ? "geliefert" : "delivered").Value?.Type);
    }

    private static Stream? BuiltIn(string name) =>
        typeof(EventLexicon).Assembly.GetManifestResourceStream($"SanctionWatch.Analysis.Events.{name}.tsv");
}
