namespace SanctionWatch.Storage.Schema;

/// <summary>The analysts' decision log: one row per decision, never updated (a later decision wins).</summary>
public static class ReviewTables
{
    /// <summary>The migrations of the <c>reviews</c> component in <paramref name="d"/>.</summary>
    public static string[] Migrations(SqlDialect d) =>
    [
        $"""
        CREATE TABLE review_decisions (
            seq {d.Identity},
            kind {d.Text} NOT NULL,
            subject {d.Text} NOT NULL,
            object {d.Text} NOT NULL,
            verdict {d.Text} NOT NULL,
            comment {d.Text},
            author {d.Text},
            decided_at {d.Time} NOT NULL
        ){d.Strict};
        CREATE INDEX review_decisions_key ON review_decisions(kind, subject, object);
        """,
    ];
}
