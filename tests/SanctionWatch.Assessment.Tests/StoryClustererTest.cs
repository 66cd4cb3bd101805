using SanctionWatch.Assessment.Stories;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Assessment.Tests;

public sealed class StoryClustererTest
{
    private const string Body = "Gipfeltreffen der Außenseiter: Präsident Wladimir Putin und Machthaber Kim Jong Un treffen sich zu Gesprächen über Zusammenarbeit, Munition, Raketen und Sanktionen. Beobachter erwarten neue Vereinbarungen.";

    private static Document Doc(string id, string text, string? published = null) => new(id, id + ".txt", null, "de", published, text, null);

    [Fact]
    public void Cluster_UndatedArticlesAboutDaysMonthsApart_AreDifferentStories()
    {
        var stories = StoryClusterer.Cluster(
            [Doc("doc:a", Body + " Das Treffen findet am 19. Juni statt."), Doc("doc:b", Body + " Das Treffen findet am 12. September statt.")],
            new Dictionary<string, IReadOnlyList<(string Id, string Name)>>());
        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Cluster_UndatedArticlesAboutTheSameMonth_AreOneStory()
    {
        var stories = StoryClusterer.Cluster(
            [Doc("doc:a", Body + " Das Treffen findet am 19. Juni statt."), Doc("doc:b", Body + " Am Dienstag (18.06.) begann der Besuch.")],
            new Dictionary<string, IReadOnlyList<(string Id, string Name)>>());
        Assert.Single(stories);
    }

    [Fact]
    public void Cluster_UndatedArticleAgainstADatedOne_UsesThePublicationMonth()
    {
        var stories = StoryClusterer.Cluster(
            [Doc("doc:a", Body + " Das Treffen findet am 19. Juni statt."), Doc("doc:b", Body, "2023-09")],
            new Dictionary<string, IReadOnlyList<(string Id, string Name)>>());
        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Cluster_UndatedArticleSharingAHappeningWithAJuneReport_TakesJuneAndLeavesTheSeptemberStory()
    {
        var documents = new[]
        {
            Doc("doc:a", Body + " Das Treffen findet am 19. Juni statt."),
            Doc("doc:b", Body, "2023-09"),
            Doc("doc:c", Body),
            Doc("doc:d", "Wetterbericht für Hamburg: morgen Regen und Wind, am Wochenende wieder Sonne und milde Temperaturen."),
        };
        var none = new Dictionary<string, IReadOnlyList<(string Id, string Name)>>();

        var alone = StoryClusterer.Cluster(documents, none);
        var linked = StoryClusterer.Cluster(documents, none, [["doc:a", "doc:c"]]);

        Assert.Contains(alone, s => s.Documents.Contains("doc:b") && s.Documents.Contains("doc:c"));
        Assert.Contains(linked, s => s.Documents.SequenceEqual(["doc:a", "doc:c"]));
        Assert.Contains(linked, s => s.Documents.SequenceEqual(["doc:b"]));
    }

    [Fact]
    public void Cluster_DatedArticlesWithinTheDateGateButInOtherMonths_AreOneStory()
    {
        var stories = StoryClusterer.Cluster(
            [Doc("doc:a", Body, "2024-06-30"), Doc("doc:b", Body, "2024-07-01")],
            new Dictionary<string, IReadOnlyList<(string Id, string Name)>>());
        Assert.Single(stories);
    }

    private static readonly Dictionary<string, IReadOnlyList<(string Id, string Name)>> Parties = new()
    {
        ["doc:de"] = [("ent:kp", "North Korea"), ("ent:ru", "Russia"), ("ent:port", "Nachodka"), ("ent:ship", "Sea Falcon")],
        ["doc:en"] = [("ent:kp", "North Korea"), ("ent:ru", "Russia"), ("ent:port", "Nachodka"), ("ent:ship", "Sea Falcon")],
        ["doc:later"] = [("ent:kp", "North Korea"), ("ent:ru", "Russia"), ("ent:port2", "Vostochny"), ("ent:ship2", "Ocean Crest")],
        ["doc:other"] = [("ent:cn", "China"), ("ent:tw", "Taiwan")],
    };

    private static readonly HappeningSignature Shells = new("TRANSFER", "ent:kp", "ent:ru", "ammunition", 900);

    private static Document[] ShipmentReports(string laterDate) =>
    [
        Doc("doc:de", "Ein Frachter namens Sea Falcon hat nach Angaben aus Seoul rund 900 Container mit Granaten von Nordkorea nach Nachodka gebracht.", "2025-05-02"),
        Doc("doc:en", "Seoul said about 900 containers of shells reached Nakhodka aboard the freighter Sea Falcon, shipped from North Korea.", "2025-05-03"),
        Doc("doc:later", "A further North Korean consignment of shells, again some 900 containers, arrived at Vostochny on the Ocean Crest, South Korean officials said.", laterDate),
        Doc("doc:other", "Beijing held naval drills near Taiwan on Friday, the defence ministry in Taipei said.", "2025-05-02"),
    ];

    private static Dictionary<string, IReadOnlyList<HappeningSignature>> SignaturesOf(params string[] documents) =>
        documents.ToDictionary(d => d, _ => (IReadOnlyList<HappeningSignature>)[Shells], StringComparer.Ordinal);

    [Fact]
    public void Cluster_GermanAndEnglishReportsOfOneShipment_AreOneStoryThoughTheyShareNoWords()
    {
        var stories = StoryClusterer.Cluster(ShipmentReports("2025-08-01"), Parties, null, SignaturesOf("doc:de", "doc:en", "doc:later"));

        Assert.Contains(stories, s => s.Documents.SequenceEqual(["doc:de", "doc:en"]));
        Assert.Contains(stories, s => s.Documents.SequenceEqual(["doc:other"]));
    }

    [Fact]
    public void Cluster_TheSameKindOfShipmentAMonthLaterOnAnotherShip_IsAnotherStory()
    {
        var stories = StoryClusterer.Cluster(ShipmentReports("2025-06-04"), Parties, null, SignaturesOf("doc:de", "doc:en", "doc:later"));

        Assert.Contains(stories, s => s.Documents.SequenceEqual(["doc:later"]));
        Assert.Contains(stories, s => s.Documents.SequenceEqual(["doc:de", "doc:en"]));
    }

    [Theory]
    [InlineData("2025-05-01", "2025-05-02", true)]
    [InlineData("2025-05-01", "2025-05-22", false)]
    public void Cluster_ReportsDatingOneKindOfHappeningToDaysWeeksApart_AreTwoStories(string firstDay, string secondDay, bool together)
    {
        // Two reports of a strike on one city with the same parties and words: three weeks between the days they give are
        // two strikes; a day between them is one (the night of the strike and the day it was announced).
        var reports = new[]
        {
            Doc("doc:de", "Ein Frachter namens Sea Falcon hat nach Angaben aus Seoul rund 900 Container mit Granaten von Nordkorea nach Nachodka gebracht.", "2025-05-02"),
            Doc("doc:en", "Seoul said about 900 containers of shells reached Nakhodka aboard the freighter Sea Falcon, shipped from North Korea.", "2025-05-23"),
        };
        var signatures = new Dictionary<string, IReadOnlyList<HappeningSignature>>(StringComparer.Ordinal)
        {
            ["doc:de"] = [Shells with { Day = DateOnly.Parse(firstDay, System.Globalization.CultureInfo.InvariantCulture) }],
            ["doc:en"] = [Shells with { Day = DateOnly.Parse(secondDay, System.Globalization.CultureInfo.InvariantCulture) }],
        };

        var stories = StoryClusterer.Cluster(reports, Parties, null, signatures);

        Assert.Equal(together, stories.Any(s => s.Documents.SequenceEqual(["doc:de", "doc:en"])));
    }

    [Fact]
    public void Cluster_AStoryOfOneHappening_IsLabelledWithWhatHappened()
    {
        var stories = StoryClusterer.Cluster(ShipmentReports("2025-08-01"), Parties, null, SignaturesOf("doc:de", "doc:en", "doc:later"));

        var story = Assert.Single(stories, s => s.Documents.Contains("doc:de"));
        Assert.Equal("North Korea → Russia: ammunition (2025-05-02 – 2025-05-03)", story.Label);
    }

    [Fact]
    public void Cluster_AReportOfSeveralHappenings_IsLabelledWithItsLead()
    {
        var signatures = new Dictionary<string, IReadOnlyList<HappeningSignature>>
        {
            // A look-back told late in the article sorts first by key ("TRANSFER|ent:kp|…" < "TRANSFER|ent:ru|…").
            ["doc:de"] = [Shells with { At = 400 }, new HappeningSignature("TRANSFER", "ent:ru", "ent:kp", "petroleum", null) { At = 0 }],
        };

        var stories = StoryClusterer.Cluster([ShipmentReports("2025-08-01")[0]], Parties, null, signatures);

        Assert.StartsWith("Russia → North Korea: petroleum", Assert.Single(stories).Label, StringComparison.Ordinal);
    }
}
