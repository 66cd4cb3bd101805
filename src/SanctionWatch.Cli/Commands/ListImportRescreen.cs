namespace SanctionWatch.Cli.Commands;

/// <summary>
/// Around a <c>lists import</c>: keeps the screening index of the lists loaded before, and afterwards reports the
/// listings the stored entities gained and lost. Costs nothing when the store holds no documents.
/// </summary>
public sealed class ListImportRescreen : IDisposable
{
    private readonly CliServices _services;
    private readonly string _db;
    private readonly IDocumentStore _store;
    private readonly ScreeningIndex? _before;

    private ListImportRescreen(CliServices services, string db, IDocumentStore store, ScreeningIndex? before)
    {
        _services = services;
        _db = db;
        _store = store;
        _before = before;
    }

    /// <summary>Starts watching an import into <paramref name="db"/>; null when the store holds no documents.</summary>
    public static ListImportRescreen? Begin(CliServices services, string db)
    {
        ArgumentNullException.ThrowIfNull(services);
        var store = services.Store(db).OpenDocuments();
        if (store.CountDocuments() == 0)
        {
            store.Dispose();
            return null;
        }

        return new ListImportRescreen(services, db, store, services.ListsIndex(db));
    }

    /// <summary>Re-screens the stored entities against the lists loaded now.</summary>
    public RescreenReport Finish() => ListingRescreen.Compare(_store, _services.Data, _before, _services.ListsIndex(_db), _services.Decisions(_db));

    /// <summary>Prints the report: counts on the first line, then one line per listing gained (+) or lost (-).</summary>
    public static void WriteText(RescreenReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"re-screened {report.Entities} {(report.Entities == 1 ? "entity" : "entities")}: {report.Gained.Count} new {(report.Gained.Count == 1 ? "listing" : "listings")}, {report.Lost.Count} lost"));
        foreach (var c in report.Gained)
        {
            output.WriteLine($"  + {c.EntityName} → {c.List}:{c.Reference} ({c.ListedName})");
        }

        foreach (var c in report.Lost)
        {
            output.WriteLine($"  - {c.EntityName} → {c.List}:{c.Reference} ({c.ListedName})");
        }
    }

    /// <summary>The JSON shape of a report: <c>entities</c>, <c>new</c> and <c>lost</c>.</summary>
    public static object ToJson(RescreenReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        object Item(ListingChange c) => new { entity = c.EntityId, name = c.EntityName, list = c.List, reference = c.Reference, listedName = c.ListedName, program = c.Program };
        return new { entities = report.Entities, @new = report.Gained.Select(Item), lost = report.Lost.Select(Item) };
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();
}
