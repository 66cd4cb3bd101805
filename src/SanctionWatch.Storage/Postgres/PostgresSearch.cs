using Npgsql;

namespace SanctionWatch.Storage.Postgres;

/// <summary>
/// Full-text search over the PostgreSQL store's <c>tsvector</c> column, with <c>ts_headline</c> snippets: a document is
/// matched with its own language's configuration (German and English stemming, 'simple' otherwise), as it was indexed.
/// </summary>
public static class PostgresSearch
{
    // The first condition, one query under every configuration, lets the GIN index find candidates; the second keeps
    // those that match under their own language's configuration.
    private const string Sql = """
        WITH q AS (SELECT plainto_tsquery('german', @terms) || plainto_tsquery('english', @terms) || plainto_tsquery('simple', @terms) AS any),
        hits AS (
            SELECT d.id, d.title, d.published, d.text, l.config, l.query, ts_rank(d.search, l.query) AS rank
            FROM documents d CROSS JOIN q,
                 LATERAL (SELECT c AS config, plainto_tsquery(c, @terms) AS query
                          FROM (SELECT CASE d.language WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END AS c) x) l
            WHERE d.search @@ q.any AND d.search @@ l.query
            ORDER BY rank DESC, d.id COLLATE "C"
            LIMIT @limit)
        SELECT id, title, published, ts_headline(config, text, query, @options) FROM hits ORDER BY rank DESC, id COLLATE "C"
        """;

    /// <summary>The documents that contain every word of <paramref name="input"/>, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<SearchHit> Find(NpgsqlConnection connection, string? input, int limit)
    {
        var terms = SearchTerms.Split(input);
        if (terms.Count == 0)
        {
            return [];
        }

        using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("terms", string.Join(' ', terms));
        command.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, 100));
        command.Parameters.AddWithValue(
            "options",
            $"StartSel={SearchTerms.MarkStart}, StopSel={SearchTerms.MarkEnd}, MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…");
        return StoredRows.ReadAll(command, StoredRows.SearchHit);
    }
}
