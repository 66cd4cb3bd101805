using System.Text.Json;
using SanctionWatch.Analysis.Training.Events;

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
        var all = Assert.Single(rows, r => r.Group == "all" && r.Label == "events");
        Assert.Equal((3, 2, 2, 2), (all.Predicted, all.Correct, all.Gold, all.Found));
        Assert.Contains("TRANSFER", EventEvaluator.Format(rows), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_ReversedTransfer_IsListedWrongWithItsSentence()
    {
        using var gold = JsonDocument.Parse(Gold);
        using var dossier = JsonDocument.Parse(Dossier.Replace(
            "\"category\": \"petroleum\" } ], \"modality\": \"asserted\", \"evidence\": [ { \"document\": \"doc:1\" }",
            "\"category\": \"petroleum\" } ], \"modality\": \"asserted\", \"evidence\": [ { \"document\": \"doc:1\", \"text\": \"Russia sent fuel.\" }", StringComparison.Ordinal));
        var errors = EventEvaluator.Errors(gold.RootElement, dossier.RootElement);
        string wrong = Assert.Single(errors.Wrong);
        Assert.Contains("Russia->North Korea", wrong, StringComparison.Ordinal);
        Assert.Contains("Russia sent fuel.", wrong, StringComparison.Ordinal);
        Assert.Empty(errors.Missed);
    }

    [Fact]
    public void Errors_GoldFoundOnlyReversed_IsMissedWithTheReversedReading()
    {
        const string reversed = """
            { "documents": [ { "id": "doc:1", "source": "001_x.txt" } ],
              "entities": [ { "id": "e:kp", "name": "North Korea", "country": "kp" }, { "id": "e:ru", "name": "Russia", "country": "ru" } ],
              "events": [ { "type": "TRANSFER", "actor": "e:ru", "target": "e:kp", "items": [ { "category": "ammunition" } ], "modality": "alleged", "evidence": [ { "document": "doc:1" } ] } ] }
            """;
        using var gold = JsonDocument.Parse(Gold);
        using var dossier = JsonDocument.Parse(reversed);
        var errors = EventEvaluator.Errors(gold.RootElement, dossier.RootElement);
        Assert.Contains(errors.Missed, m => m.StartsWith("a TRANSFER kp->ru", StringComparison.Ordinal) && m.Contains("other roles: TRANSFER Russia->North Korea", StringComparison.Ordinal));
        Assert.Single(errors.Wrong);
    }

    [Fact]
    public void Evaluate_EventInAnEventFreeDocument_CountsAgainstPrecision()
    {
        using var gold = JsonDocument.Parse("""{ "events": [], "event_free_docs": [ { "doc": "001" } ] }""");
        using var dossier = JsonDocument.Parse(Dossier);
        var all = Assert.Single(EventEvaluator.Evaluate(gold.RootElement, dossier.RootElement), r => r.Group == "all" && r.Label == "type+roles");
        Assert.Equal((3, 0), (all.Predicted, all.Correct));
    }
}
