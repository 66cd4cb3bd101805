using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests.Golden;

/// <summary>
/// Pins the whole dossier of the project's samples (in full) and of the shared seed articles (by hash, since their
/// text may not be copied here), so that a change meant to keep the output — a refactoring of the pipeline — shows
/// any difference, and a change meant to alter it is reviewed and recorded. <c>SANCTIONWATCH_UPDATE_GOLDEN=1</c>
/// rewrites the pinned files on purpose.
/// </summary>
public sealed class GoldenDossierTest
{
    private static string GoldenFolder => Path.Combine(SharedData.RepositoryRoot, "tests", "data", "golden");

    [Fact]
    public void Analyze_Samples_GivesThePinnedDossier()
    {
        string actual = Canonical(Analyze(Path.Combine(SharedData.RepositoryRoot, "samples", "articles")));
        string pinned = Path.Combine(GoldenFolder, "samples-dossier.json");
        if (Updating)
        {
            File.WriteAllText(pinned, actual);
        }

        string expected = File.ReadAllText(pinned).ReplaceLineEndings("\n");
        Assert.True(expected == actual, FirstDifference(expected, actual));
    }

    [Fact]
    public void Analyze_Seeds_GivesThePinnedDossierHash()
    {
        string seeds = SharedData.PathOf("corpus", "seeds");
        string actual = Canonical(Analyze(seeds));
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(actual)));
        string pinned = Path.Combine(GoldenFolder, "seeds-dossier.sha256");
        if (Updating)
        {
            File.WriteAllText(pinned, hash + "\n");
        }

        // The seeds' dossier cannot be stored here; on a difference it is left for inspection.
        string keep = Path.Combine(Path.GetTempPath(), "sanctionwatch-seeds-dossier.json");
        File.WriteAllText(keep, actual);
        Assert.True(File.ReadAllText(pinned).Trim() == hash, $"the seeds' dossier changed; the new one is {keep}");
    }

    private static bool Updating => Environment.GetEnvironmentVariable("SANCTIONWATCH_UPDATE_GOLDEN") == "1";

    private static JsonNode Analyze(string folder)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "analyze", folder, "--db", temp.File("g.db"), "--out", temp.File("d.json"));
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!;
    }

    // The time of writing is the only field that differs between two runs of the same input.
    private static string Canonical(JsonNode dossier)
    {
        dossier.AsObject().Remove("generatedAt");
        return dossier.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n'), a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>", al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"the samples' dossier changed at line {i + 1}: expected «{el.Trim()}», got «{al.Trim()}»";
            }
        }

        return "the samples' dossier changed";
    }
}
