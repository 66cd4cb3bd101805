using System.Text.Json;
using SanctionWatch.Analysis.Events;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>Tests of the event evaluation behind <c>sanctionwatch events evaluate</c>.</summary>
public sealed class EventEvaluatorTest
{
    private const string Gold = """
        { "events": [
          { "id": "a", "doc": "001", "type": ["TRANSFER"], "actor": {"country": "kp"}, "target": {"country": "ru"}, "category": ["ammunition"], "modality": ["alleged"] },
          { "id": "b", "doc": "001", "type": ["CONSULT"], "actor": {"names": ["Putin"]}, "target": {"country": "kp"}, "symmetric": true }
        ] }
        """;

    private const string Dossier = """
        { "documents": [ { "id": "doc:1", "source": "001_x.txt" } ],
          "entities": [ { "id": "e:kp", "name": "North Korea", "country": "kp" }, { "id": "e:ru", "name": "Russia", "country": "ru" },
                        { "id": "e:putin", "name": "Wladimir Putin", "aliases": [], "country": null } ],
          "events": [
            { "type": "TRANSFER", "actor": "e:kp", "target": "e:ru", "items": [ { "category": "ammunition" } ], "modality": "alleged", "evidence": [ { "document": "doc:1" } ] },
            { "type": "CONSULT", "actor": "e:kp", "target": "e:putin", "items": [], "modality": "asserted", "evidence": [ { "document": "doc:1" } ] },
            { "type": "TRANSFER", "actor": "e:ru", "target": "e:kp", "items": [ { "category": "petroleum" } ], "modality": "asserted", "evidence": [ { "document": "doc:1" } ] }
          ] }
        """;

    [Fact]
    public void Evaluate_OneWrongTransfer_PrecisionHalfRecallFull()
    {
        using var gold = JsonDocument.Parse(Gold);
        using var dossier = JsonDocument.Parse(Dossier);
        var rows = EventEvaluator.Evaluate(gold.RootElement, dossier.RootElement);
        var transfer = Assert.Single(rows, r => r.Group == "type" && r.Label == "TRANSFER");
        Assert.Equal((2, 1, 1, 1), (transfer.Predicted, transfer.Correct, transfer.Gold, transfer.Found));
        var consult = Assert.Single(rows, r => r.Group == "type" && r.Label == "CONSULT");
        Assert.Equal(1, consult.Found); // symmetric: the roles may be swapped
        var all = Assert.Single(rows, r => r.Group == "all");
        Assert.Equal((3, 2, 2, 2), (all.Predicted, all.Correct, all.Gold, all.Found));
        Assert.Contains("TRANSFER", EventEvaluator.Format(rows), StringComparison.Ordinal);
    }
}
