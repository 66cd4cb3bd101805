using System.Text.Json;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Precision and recall of events on sentences written for the project (Events/generalisation.json), in other
/// words than the seed articles; an extracted event counts when type, actor, target, category and modality agree
/// with an expected one (fields the expectation leaves out are not checked).
/// </summary>
public sealed class GeneralisationTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("generalisation.json")]
    [InlineData("generalisation-fresh.json")]
    public void Extract_WrittenSentences_PrecisionAndRecallAtLeast70Percent(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", file)));
        int predicted = 0, correct = 0, expected = 0, found = 0;
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            string[] persons = c.TryGetProperty("persons", out var p) ? p.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            var doc = new TestDocument(c.GetProperty("text").GetString()!, c.GetProperty("lang").GetString()!, c.GetProperty("date").GetString(), persons);
            var gold = c.GetProperty("events").EnumerateArray().ToList();
            predicted += doc.Events.Count;
            expected += gold.Count;
            correct += doc.Events.Count(e => gold.Any(g => Matches(doc, e, g)));
            int hits = gold.Count(g => doc.Events.Any(e => Matches(doc, e, g)));
            found += hits;
            if (hits < gold.Count || doc.Events.Count > gold.Count)
            {
                output.WriteLine($"{c.GetProperty("text").GetString()}\n  got: {doc.Describe()}");
            }
        }

        double precision = (double)correct / Math.Max(1, predicted);
        double recall = (double)found / Math.Max(1, expected);
        output.WriteLine($"events: precision {precision:P1} ({correct}/{predicted}), recall {recall:P1} ({found}/{expected})");
        Assert.True(precision >= 0.7, $"precision {precision:P1}");
        Assert.True(recall >= 0.7, $"recall {recall:P1}");
    }

    private static bool Matches(TestDocument doc, Model.Documents.EventMention e, JsonElement g)
    {
        if (e.Type != g.GetProperty("type").GetString())
        {
            return false;
        }

        if (g.TryGetProperty("actor", out var actor) && doc.Who(e.Actor) != actor.GetString())
        {
            return false;
        }

        if (g.TryGetProperty("target", out var target) && doc.Who(e.Target) != target.GetString())
        {
            return false;
        }

        if (g.TryGetProperty("category", out var category) && !e.Items.Any(i => i.Category == category.GetString()))
        {
            return false;
        }

        return !g.TryGetProperty("modality", out var modality) || e.Modality == modality.GetString();
    }
}
