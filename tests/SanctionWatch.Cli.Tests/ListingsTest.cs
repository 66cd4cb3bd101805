using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class ListingsTest
{
    [Fact]
    public void Analyze_SeedsWithUnAndOfacLoaded_LinksTheListedLeadersAndNobodyElse()
    {
        string un = SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml");
        string sdn = SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv");
        string seeds = SharedData.PathOf("corpus", "seeds");
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        var import = CliRunner.Run(temp.Path, "lists", "import", un, sdn, "--db", db);
        Assert.True(import.ExitCode == 0, import.ToString());

        var result = CliRunner.Run(temp.Path, "analyze", seeds, "--db", db, "--out", temp.File("d.json"));
        Assert.True(result.ExitCode == 0, result.ToString());

        var entities = JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!["entities"]!.AsArray();
        var listed = entities
            .Where(e => e!["listings"]!.AsArray().Count > 0)
            .ToDictionary(e => (string)e!["name"]!, e => e!["listings"]!.AsArray().Select(l => (string)l!["name"]!).ToList());

        Assert.StartsWith("KIM, Jong Un", Assert.Single(listed["Kim Jong Un"]), StringComparison.Ordinal);
        Assert.StartsWith("PUTIN, Vladimir", listed["Vladimir Putin"][0], StringComparison.Ordinal);
        Assert.StartsWith("PESKOV, Dmitriy", listed["Dmitry Peskov"][0], StringComparison.Ordinal);
        // Every other listed entity must be a plausible party (a sanctioned organisation named in full), never a
        // person matched on a common name: only these three people are listed.
        var listedPeople = listed.Keys.Where(name => entities.Any(e => (string)e!["name"]! == name && (string)e["schema"]! == "Person")).ToHashSet();
        Assert.Equal(new HashSet<string> { "Kim Jong Un", "Vladimir Putin", "Dmitry Peskov" }, listedPeople);
        // Every listing says which list version and algorithm produced it.
        foreach (var listing in entities.SelectMany(e => e!["listings"]!.AsArray()))
        {
            Assert.False(string.IsNullOrEmpty((string?)listing!["listDate"]));
            Assert.False(string.IsNullOrEmpty((string?)listing["algorithm"]));
        }
    }
}
