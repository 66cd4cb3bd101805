namespace SanctionWatch.Storage.Schema;

/// <summary>The watches' tables: what is watched, what each watch has seen, the alerts it raised, and the delivery settings.</summary>
public static class WatchTables
{
    /// <summary>The migrations of the <c>watch</c> component in <paramref name="d"/>.</summary>
    public static string[] Migrations(SqlDialect d) =>
    [
        $"""
        CREATE TABLE watches (
            id {d.Identity},
            kind {d.Text} NOT NULL,
            value {d.Text} NOT NULL,
            created {d.Time} NOT NULL
        ){d.Strict};
        CREATE TABLE watch_seen (
            watch_id {d.Reference} NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
            key {d.Text} NOT NULL,
            PRIMARY KEY (watch_id, key)
        ){d.StrictKeyed};
        CREATE TABLE alerts (
            id {d.Identity},
            watch_id {d.Reference} NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
            kind {d.Text} NOT NULL,
            message {d.Text} NOT NULL,
            subjects {d.Json} NOT NULL,
            document {d.Text},
            start_offset {d.Integer},
            end_offset {d.Integer},
            created {d.Time} NOT NULL,
            read {d.Flag},
            delivered {d.Flag}
        ){d.Strict};
        CREATE INDEX alerts_watch ON alerts(watch_id);
        CREATE TABLE watch_settings (
            name {d.Text} PRIMARY KEY,
            value {d.Text} NOT NULL
        ){d.Strict};
        """,
    ];
}
