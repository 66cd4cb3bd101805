namespace SanctionWatch.Storage.Schema;

/// <summary>The polled feeds: one row per feed with what its last poll answered (for conditional requests).</summary>
public static class FeedTables
{
    /// <summary>The migrations of the <c>feeds</c> component in <paramref name="d"/>.</summary>
    public static string[] Migrations(SqlDialect d) =>
    [
        $"""
        CREATE TABLE feeds (
            id {d.Identity},
            url {d.Text} NOT NULL UNIQUE,
            etag {d.Text},
            last_modified {d.Text},
            added {d.Time} NOT NULL,
            last_polled {d.Time},
            last_status {d.Text}
        ){d.Strict};
        """,
    ];
}
