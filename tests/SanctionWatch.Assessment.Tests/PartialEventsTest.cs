using SanctionWatch.Assessment.Events;
using SanctionWatch.Assessment.Findings;
using SanctionWatch.Assessment.Tests.Support;
using SanctionWatch.Model.Dossier;

namespace SanctionWatch.Assessment.Tests;

public sealed class PartialEventsTest
{
    private const string Kp = "ent:kp";
    private const string Cu = "ent:cu";

    private static readonly Dictionary<string, DossierEntity> Entities = new()
    {
        [Kp] = new DossierEntity(Kp, "Country", "North Korea", [], "kp", [], []),
        [Cu] = new DossierEntity(Cu, "Country", "Cuba", [], "cu", [], []),
    };

    private static DossierEvent Event(string type, string? actor, string? target, string category = "food") =>
        EventMerger.Merge([new EventCandidate("doc:a", 0, type, null, actor, target, [new EventItem(category, category, null)], null, null, "asserted", null,
            [new EvidenceSpan("doc:a", 0, 5, "text")], null)])[0];

    [Fact]
    public void IsPartial_TransferWithoutItsSupplier_IsPartial()
    {
        Assert.True(PartialEvents.IsPartial(Event("TRANSFER", null, Cu)));
        Assert.True(PartialEvents.IsPartial(Event("ACCUSE", Cu, null)));
        Assert.False(PartialEvents.IsPartial(Event("TRANSFER", Kp, Cu)));
    }

    [Fact]
    public void IsPartial_DenialOrWithdrawalWithoutATarget_IsComplete()
    {
        // "Havana denied it", "pulled its troops out": these types are whole with their actor.
        Assert.False(PartialEvents.IsPartial(Event("REJECT", Cu, null)));
        Assert.False(PartialEvents.IsPartial(Event("RETREAT", Kp, null)));
        Assert.True(PartialEvents.IsPartial(Event("REJECT", null, null)));
    }

    [Fact]
    public void Split_PartialEventAFindingRestsOn_StaysAmongTheEvents()
    {
        // Rifles smuggled to North Korea by an unnamed dealer: the arms embargo's side is named, the finding needs the event.
        var smuggled = Event("TRANSFER", null, Kp, "arms");
        var accused = Event("ACCUSE", Cu, null);
        var findings = new FindingRules(TestData.Measures).Assess([smuggled, accused], Entities, new Dictionary<string, string>());
        Assert.Contains(findings, f => f.Events.Contains(smuggled.Id));

        var (complete, partial) = PartialEvents.Split([smuggled, accused], findings);

        Assert.Equal([smuggled.Id], complete.Select(e => e.Id));
        Assert.Equal([accused.Id], partial.Select(e => e.Id));
    }
}
