using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Storage;
using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Lists;

namespace SanctionWatch.Cli.Commands;

/// <summary>Opens the store that <c>--db</c> names (the backend is chosen by Storage's <see cref="Store"/>), with the CLI's checks on a missing file.</summary>
public static class StoreFactory
{
    /// <summary>Opens the document store at <paramref name="db"/>.</summary>
    public static IDocumentStore OpenDocuments(string db) => Store.OpenDocuments(db);

    /// <summary>The screening index over the lists loaded in <paramref name="db"/>, or null when none are.</summary>
    public static ScreeningIndex? OpenListsIndex(string db)
    {
        using var lists = OpenLists(db);
        var entities = lists.GetEntities();
        return entities.Count == 0 ? null : new ScreeningIndex(entities, EntityMatcher.CreateDefault());
    }

    /// <summary>Opens the sanctions-list store at <paramref name="db"/> (SQLite file or PostgreSQL); dispose it when done.</summary>
    public static IListStore OpenLists(string db) => Store.OpenLists(db);

    /// <summary>
    /// Fails with "no store at …" when the SQLite file <paramref name="db"/> does not exist: commands that only read
    /// call this, so that a mistyped <c>--db</c> is an error rather than a new, empty store.
    /// </summary>
    public static void RequireStore(string db)
    {
        if (!IsPostgres(db) && !File.Exists(db))
        {
            throw new UserErrorException($"no store at '{Path.GetFullPath(db)}': check --db (or $SANCTIONWATCH_DB); 'sanctionwatch analyze' or 'lists import' create one");
        }
    }

    /// <summary>True when <paramref name="db"/> is a SQLite file that does not exist yet (opening it would create it).</summary>
    public static bool IsNew(string db) => new StoreAddress(db).IsNewFile;

    /// <summary>Closes <paramref name="store"/> and deletes the SQLite file <paramref name="db"/> this command created, so a failed first run leaves nothing.</summary>
    public static void Remove(IDocumentStore store, string db)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Dispose();
        if (!IsPostgres(db))
        {
            foreach (string suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(db + suffix);
            }
        }
    }

    /// <summary>True when <paramref name="db"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsPostgres(string db) => Store.IsPostgres(db);
}
