using System.Text.Json;
using SanctionWatch.Model.Dossier;

namespace SanctionWatch.Cli.Tests.Findings;

/// <summary>
/// Precision and recall of findings on single- and multi-article cases written for the project
/// (Findings/findings-cases.json): the whole pipeline runs on each case's articles, and each finding produced is
/// compared with the measures the case expects (status and independent-source count included where given).
/// </summary>
public sealed class FindingsQualityTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("findings-cases.json")]
    [InlineData("findings-cases-fresh.json")]
    public void Build_WrittenCases_FindingsPrecisionAtLeast90AndRecallAtLeast70Percent(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Findings", file)));
        int produced = 0, correct = 0, expected = 0, found = 0;
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var dossier = Analyse(c.GetProperty("articles"));
            var gold = c.GetProperty("findings").EnumerateArray().ToList();
            produced += dossier.Findings.Count;
            expected += gold.Count;
            int good = dossier.Findings.Count(f => gold.Any(g => Matches(f, g)));
            int hits = gold.Count(g => dossier.Findings.Any(f => Matches(f, g)));
            correct += good;
            found += hits;
            if (good < dossier.Findings.Count || hits < gold.Count)
            {
                output.WriteLine($"{c.GetProperty("name").GetString()}: got {string.Join("; ", dossier.Findings.Select(f => $"{f.Measure}/{f.Status}/{f.Sources}"))}");
            }
        }

        double precision = (double)correct / Math.Max(1, produced);
        double recall = (double)found / Math.Max(1, expected);
        output.WriteLine($"findings: precision {precision:P1} ({correct}/{produced}), recall {recall:P1} ({found}/{expected})");
        Assert.True(precision >= 0.9, $"precision {precision:P1} ({correct}/{produced})");
        Assert.True(recall >= 0.7, $"recall {recall:P1} ({found}/{expected})");
    }

    [Theory]
    [InlineData("findings-cases.json")]
    [InlineData("findings-cases-fresh.json")]
    public void Build_FoodMedicineAndMeetingCases_GiveNoFinding(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Findings", file)));
        var none = json.RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.TryGetProperty("none", out var n) && n.GetBoolean()).ToList();
        Assert.NotEmpty(none);
        foreach (var c in none)
        {
            var dossier = Analyse(c.GetProperty("articles"));
            Assert.True(dossier.Findings.Count == 0,
                $"{c.GetProperty("name").GetString()}: {string.Join("; ", dossier.Findings.Select(f => f.Summary))}");
        }
    }

    [Fact]
    public void Build_ConditionalArticle_GivesNothingStrongerThanHypothetical()
    {
        var dossier = Analyse(
            ("de", "Sollte Russland Nordkorea Kampfpanzer und Munition liefern, wäre das ein Bruch der UN-Resolutionen."),
            ("en", "If North Korea sold ballistic missiles to Russia, the sanctions regime would collapse."));
        Assert.NotEmpty(dossier.Findings);
        Assert.All(dossier.Findings, f => Assert.Equal("hypothetical", f.Status));
    }

    private static bool Matches(Finding finding, JsonElement gold)
    {
        var measures = new List<string> { gold.GetProperty("measure").GetString()! };
        if (gold.TryGetProperty("alt", out var alt))
        {
            measures.AddRange(alt.EnumerateArray().Select(a => a.GetString()!));
        }

        if (!measures.Contains(finding.Measure))
        {
            return false;
        }

        if (gold.TryGetProperty("status", out var status) && !status.EnumerateArray().Any(s => s.GetString() == finding.Status))
        {
            return false;
        }

        return !gold.TryGetProperty("sources", out var sources) || sources.GetInt32() == finding.Sources;
    }

    private static Dossier Analyse(JsonElement articles) =>
        PipelineRun.Build(articles.EnumerateArray().Select((a, i) => PipelineRun.Create(
            $"case-{i}.txt", a.GetProperty("lang").GetString()!, a.TryGetProperty("date", out var d) ? d.GetString() : null, a.GetProperty("text").GetString()!)));

    private static Dossier Analyse(params (string Language, string Text)[] articles) =>
        PipelineRun.Build(articles.Select((a, i) => PipelineRun.Create($"case-{i}.txt", a.Language, "2024-06-01", a.Text)));
}
