using SanctionWatch.Assessment.Sources;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Assessment.Tests;

public sealed class SourceGroupsTest
{
    private static readonly string[] Vocabulary =
    [
        "shipment", "missiles", "port", "vessel", "officials", "Russia", "Pyongyang", "containers", "satellite", "images",
        "artillery", "shells", "rail", "border", "Khasan", "Rajin", "cargo", "sanctions", "council", "panel", "report",
        "workers", "oil", "tanker", "transfer", "night", "crossing", "military", "delegation", "visit",
    ];

    private static string RandomText(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])) + ".";

    [Fact]
    public void Assign_OneNearDuplicateAmongManyUnrelatedTexts_GroupsExactlyThatPair()
    {
        var random = new Random(7);
        var documents = Enumerable.Range(0, 300)
            .Select(i => new Document($"doc:{i:D3}", "gen", null, "en", null, RandomText(random, 120), null))
            .ToList();
        var original = documents[17];
        // The same report with one word changed near the end: most 5-word shingles are shared.
        var words = original.Text.Split(' ');
        words[^5] = "Vladivostok";
        documents.Add(original with { Id = "doc:999", Text = string.Join(' ', words) });

        var sources = SourceGroups.Assign(documents);

        Assert.Equal(sources[original.Id], sources["doc:999"]);
        Assert.Equal(documents.Count - 1, sources.Values.Distinct(StringComparer.Ordinal).Count());
    }
}
