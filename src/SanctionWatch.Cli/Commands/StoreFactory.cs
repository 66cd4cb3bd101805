using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Sqlite.Lists;
using SanctionWatch.Storage.Sqlite;

namespace SanctionWatch.Cli.Commands;

/// <summary>Opens the store that <c>--db</c> names.</summary>
public static class StoreFactory
{
    /// <summary>Opens the document store at <paramref name="db"/>.</summary>
    public static IDocumentStore OpenDocuments(string db)
    {
        if (IsPostgres(db))
        {
            throw new UserErrorException("PostgreSQL stores are not supported by this build yet; use a SQLite file path");
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
        if (IsPostgres(db))
        {
            return null;
        }

        using var lists = new SqliteListStore(db);
        var entities = lists.GetEntities();
        return entities.Count == 0 ? null : new ScreeningIndex(entities, EntityMatcher.CreateDefault());
    }

    /// <summary>True when <paramref name="db"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
