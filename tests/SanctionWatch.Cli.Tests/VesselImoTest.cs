using System.Text.Json.Nodes;
using NJsonSchema;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class VesselImoTest
{
    [Fact]
    public async Task Analyze_VesselNamedDifferentlyWithItsImoNumber_GetsTheListingByNumberAndAWrongCheckDigitDoesNot()
    {
        string sdn = SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv");
        // The listed vessel: the entry whose remarks give IMO 9179842, read from the list file itself.
        string row = File.ReadLines(sdn).First(l => l.Contains("IMO 9179842", StringComparison.Ordinal));
        string reference = row[..row.IndexOf(',', StringComparison.Ordinal)];
        string listedName = row.Split(',')[1].Trim('"');
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "lists", "import", sdn, "--db", db).ExitCode);
        File.WriteAllText(temp.File("right.txt"), "Der Frachter „Sparta Nova“ (IMO 9179842) brachte im Oktober Container aus Rajin nach Dunai.");
        File.WriteAllText(temp.File("wrong.txt"), "Ein Containerschiff mit der IMO-Nummer 9179843 lag im Hafen von Rajin.");

        var result = CliRunner.Run(temp.Path, "analyze", temp.File("right.txt"), temp.File("wrong.txt"), "--db", db, "--out", temp.File("d.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        string json = File.ReadAllText(temp.File("d.json"));
        var schema = await JsonSchema.FromFileAsync(SharedData.PathOf("contracts", "dossier.schema.json"), TestContext.Current.CancellationToken);
        Assert.Empty(schema.Validate(json));
        var entities = JsonNode.Parse(json)!["entities"]!.AsArray();
        var vessel = Assert.Single(entities, e => (string?)e!["imoNumber"] == "IMO9179842")!;
        Assert.Equal("Vessel", (string)vessel["schema"]!);
        Assert.DoesNotContain(listedName, (string)vessel["name"]!, StringComparison.OrdinalIgnoreCase);
        var listing = Assert.Single(vessel["listings"]!.AsArray(), l => (string)l!["reference"]! == reference)!;
        Assert.Equal("us-ofac-sdn", (string)listing["list"]!);
        Assert.Equal(listedName, (string)listing["name"]!);
        Assert.Contains("IMO number match", listing["explanations"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(entities, e => e!["imoNumber"] is not null && (string)e["imoNumber"]! != "IMO9179842");
        Assert.DoesNotContain(entities, e => e!["listings"]!.AsArray().Any(l => (string)l!["reference"]! == reference) && (string?)e["imoNumber"] != "IMO9179842");
    }
}
