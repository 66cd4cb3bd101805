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
            [Doc("doc:a", Body, "2024-06-30"), Doc("doc:b", Body, "2024-08-01")],
            new Dictionary<string, IReadOnlyList<(string Id, string Name)>>());
        Assert.Single(stories);
    }
}
