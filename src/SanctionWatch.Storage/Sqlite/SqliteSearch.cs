using Microsoft.Data.Sqlite;

namespace SanctionWatch.Storage.Sqlite;

/// <summary>Full-text search over the SQLite store's FTS5 index (<c>documents_fts</c>), best first by bm25.</summary>
public static class SqliteSearch
{
    /// <summary>The documents that contain every word of <paramref name="input"/>, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<SearchHit> Find(SqliteConnection connection, string? input, int limit)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var terms = SearchTerms.Split(input);
        if (terms.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.id, d.title, d.published, snippet(documents_fts, 1, $start, $end, '…', 16)
            FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
            WHERE documents_fts MATCH $match ORDER BY rank LIMIT $limit
            """;
        // Each term a quoted string: no FTS5 operator, column filter or quote can leak.
        command.Parameters.AddWithValue("$match", string.Join(' ', terms.Select(t => "\"" + t + "\"")));
        command.Parameters.AddWithValue("$start", SearchTerms.MarkStart.ToString());
        command.Parameters.AddWithValue("$end", SearchTerms.MarkEnd.ToString());
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 100));
        return StoredRows.ReadAll(command, StoredRows.SearchHit);
    }
}
