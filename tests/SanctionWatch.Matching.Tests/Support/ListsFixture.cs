using SanctionWatch.Lists.Import;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;

using SanctionWatch.Tests.Support;

namespace SanctionWatch.Matching.Tests.Support;

/// <summary>Loads the UN and OFAC SDN lists from shared data once per test class; null indexes when the data is absent.</summary>
public sealed class ListsFixture
{
    public ListsFixture()
    {
        Matcher = EntityMatcher.CreateDefault();
        if (SharedData.Folder is null)
        {
            return;
        }

        string un = System.IO.Path.Combine(SharedData.Folder, "data/sanctions/un/consolidated_2025-04-19.xml");
        string sdn = System.IO.Path.Combine(SharedData.Folder, "data/sanctions/ofac/sdn.csv");
        if (!File.Exists(un) || !File.Exists(sdn))
        {
            return;
        }

        var unList = UnConsolidatedImporter.Import(un, TimeProvider.System);
        var sdnList = OfacSdnCsvImporter.Import(sdn, null, null, new DateOnly(2024, 5, 3), TimeProvider.System);
        Un = new ScreeningIndex(unList.Entities, Matcher);
        All = new ScreeningIndex(unList.Entities.Concat(sdnList.Entities), Matcher);
    }

    public EntityMatcher Matcher { get; }

    public ScreeningIndex? Un { get; }

    public ScreeningIndex? All { get; }

    public ScreeningIndex RequireAll() => All ?? Skip();

    public ScreeningIndex RequireUn() => Un ?? Skip();

    private static ScreeningIndex Skip()
    {
        Assert.Skip("UN / OFAC list files not found in the shared data folder");
        return null!;
    }
}
