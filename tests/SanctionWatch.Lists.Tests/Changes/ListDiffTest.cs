using System.Xml;
using System.Xml.Linq;
using SanctionWatch.Lists.Changes;
using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Lists.Tests.Changes;

public sealed class ListDiffTest
{
    [Fact]
    public void Compare_Un2022Against2025_CountsAgreeWithTheFilesReferenceNumbers()
    {
        string older = SharedData.PathOf("data", "sanctions", "un", "consolidated_2022-09-15.xml");
        string newer = SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml");
        var before = References(older);
        var after = References(newer);

        var importer = new ListImporter(TimeProvider.System);
        var diff = ListDiff.Compare(importer.Import([older]).Single().Entities, importer.Import([newer]).Single().Entities);

        Assert.Equal(after.Except(before).Order(StringComparer.Ordinal), diff.Added.Select(c => c.Reference));
        Assert.Equal(before.Except(after).Order(StringComparer.Ordinal), diff.Removed.Select(c => c.Reference));
        Assert.Equal(before.Intersect(after).Count(), diff.Changed.Count + diff.Unchanged);
        Assert.All(diff.Changed, c => Assert.NotEmpty(c.Fields));
    }

    [Fact]
    public void Compare_RenamedEntryWithNewBirthDate_IsOneChangeNamingBothFields()
    {
        var old = Entity("KPi.001", "KIM Il", birth: "1960", programs: ["DPRK"]);
        var renamed = Entity("KPi.001", "KIM Il Sung", birth: "1961", programs: ["DPRK"]);

        var diff = ListDiff.Compare([old], [renamed]);

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        var change = Assert.Single(diff.Changed);
        Assert.Equal("KIM Il Sung", change.Caption);
        Assert.Equal([FtmProperty.BirthDate, ListDiff.CaptionField, FtmProperty.Name], change.Fields);
    }

    [Fact]
    public void Compare_SameValuesInAnotherOrder_IsUnchanged()
    {
        var a = Entity("KPe.002", "X CORP", birth: null, programs: ["DPRK", "DPRK2"], aliases: ["A", "B"]);
        var b = Entity("KPe.002", "X CORP", birth: null, programs: ["DPRK2", "DPRK"], aliases: ["B", "A"]);

        var diff = ListDiff.Compare([a], [b]);

        Assert.Equal(1, diff.Unchanged);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Compare_SameReferenceInAnotherList_IsAddedAndRemoved()
    {
        var un = Entity("123", "SHIP", birth: null, programs: []);
        var ofac = un with { ListId = "us-ofac-sdn", Id = "us-ofac-sdn:123" };

        var diff = ListDiff.Compare([un], [ofac]);

        Assert.Equal("us-ofac-sdn", Assert.Single(diff.Added).ListId);
        Assert.Equal("un-sc", Assert.Single(diff.Removed).ListId);
    }

    private static ListEntity Entity(string reference, string name, string? birth, string[] programs, string[]? aliases = null)
    {
        var b = new EntityBuilder("un-sc", reference, "Person").Add(FtmProperty.Name, name).Add(FtmProperty.BirthDate, birth);
        foreach (string alias in aliases ?? [])
        {
            b.Add(FtmProperty.Alias, alias);
        }

        foreach (string program in programs)
        {
            b.AddProgram(program);
        }

        return b.Build("test.xml", null);
    }

    // Read independently of the importer: every INDIVIDUAL and ENTITY element's REFERENCE_NUMBER, trimmed.
    private static HashSet<string> References(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var document = XDocument.Load(reader);
        return document.Descendants()
            .Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY")
            .Select(e => e.Element("REFERENCE_NUMBER")!.Value.Trim())
            .ToHashSet(StringComparer.Ordinal);
    }
}
