using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Postgres;
using SanctionWatch.Storage.Postgres.Lists;
using SanctionWatch.Storage.Sqlite;
using SanctionWatch.Storage.Sqlite.Lists;

namespace SanctionWatch.Cli.Commands;

/// <summary>Opens the store that <c>--db</c> names.</summary>
public static class StoreFactory
{
    /// <summary>Opens the document store at <paramref name="db"/>.</summary>
    public static IDocumentStore OpenDocuments(string db)
    {
        if (IsPostgres(db))
        {
            return PostgresDocumentStore.Open(db);
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(db));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UserErrorException($"the folder of the store '{db}' does not exist");
        }

        return SqliteDocumentStore.Open(db);
    }

    /// <summary>The screening index over the lists loaded in <paramref name="db"/>, or null when none are.</summary>
    public static ScreeningIndex? OpenListsIndex(string db)
    {
        var lists = OpenLists(db);
        try
        {
            var entities = lists.GetEntities();
            return entities.Count == 0 ? null : new ScreeningIndex(entities, EntityMatcher.CreateDefault());
        }
        finally
        {
            (lists as IDisposable)?.Dispose();
        }
    }

    /// <summary>Opens the sanctions-list store at <paramref name="db"/> (SQLite file or PostgreSQL); dispose it when done.</summary>
    public static IListStore OpenLists(string db) =>
        IsPostgres(db) ? new PostgresListStore(db) : new SqliteListStore(db);

    /// <summary>True when <paramref name="db"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsPostgres(string db) => PostgresDatabase.IsAddress(db);
}
