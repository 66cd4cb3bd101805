namespace SanctionWatch.Cli.Tests.Findings;

/// <summary>Events merged across articles through the whole pipeline: visits, look-backs and destinations.</summary>
public sealed class EventMergingTest
{
    [Fact]
    public void Build_UndatedReportsOfOneVisit_AreOneEventButTheLookBackIsNot()
    {
        var dossier = PipelineRun.Build([
            PipelineRun.Create("a.txt", "de", null, "Gipfel in Pjöngjang\n\nDer Besuch des chinesischen Präsidenten Xi Jinping in Nordkorea wird von Südkorea genau beobachtet. Das letzte Mal besuchte Xi Jinping das Land im Jahr 2019. Seit 2022 hat sich die Lage verändert."),
            PipelineRun.Create("b.txt", "de", null, "Xi in Nordkorea\n\nChinas Präsident Xi Jinping besucht Nordkorea. Die Staatsmedien in Pjöngjang feiern den Gast aus Peking, Xi Jinping, mit einer Parade im Jahr 2024."),
        ]);
        var xi = Assert.Single(dossier.Entities, e => e.Name.Contains("Xi Jinping", StringComparison.Ordinal));
        // The look back names its host only as "das Land": a partial event, kept apart all the same.
        var visits = dossier.Events.Concat(dossier.PartialEvents).Where(e => e is { Type: "CONSULT", Mode: "visit" } && e.Actor == xi.Id).ToList();
        var current = Assert.Single(visits, v => v.Date?.Value is not "2019");
        Assert.Equal(2, current.Evidence.Select(e => e.Document).Distinct().Count());
        Assert.Equal("kp", dossier.Entities.Single(e => e.Id == current.Target).Country);
        Assert.Contains(visits, v => v.Date?.Value == "2019" && v.Id != current.Id);
    }

    [Fact]
    public void Build_ShipmentToAPortAndToItsCountry_IsOneEventWithTheCountryAsRecipient()
    {
        var dossier = PipelineRun.Build([
            PipelineRun.Create("a.txt", "de", "2024-10-02", "Ein Frachter hat laut Satellitenbildern im September nordkoreanische Munition in den russischen Hafen Wostotschny gebracht."),
            PipelineRun.Create("b.md", "en", "2024-10-03", "A cargo ship delivered North Korean ammunition to Russia in September, satellite images show."),
        ]);
        var shipment = Assert.Single(dossier.Events, e => e.Type == "TRANSFER");
        Assert.Equal(2, shipment.Evidence.Select(e => e.Document).Distinct().Count());
        Assert.Equal("ru", dossier.Entities.Single(e => e.Id == shipment.Target).Country);
        Assert.DoesNotContain(shipment.Items, i => i.Category == "space-technology");
    }
}
