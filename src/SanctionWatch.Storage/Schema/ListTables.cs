namespace SanctionWatch.Storage.Schema;

/// <summary>The sanctions lists' tables: one row per imported list, one per entry with its FtM properties as JSON.</summary>
public static class ListTables
{
    /// <summary>The migrations of the <c>lists</c> component in <paramref name="d"/>.</summary>
    public static string[] Migrations(SqlDialect d) =>
    [
        $"""
        CREATE TABLE list_lists (
            list_id {d.Text} PRIMARY KEY,
            title {d.Text} NOT NULL,
            list_date {d.Date},
            source_files {d.Text} NOT NULL,
            format {d.Text} NOT NULL,
            entity_count {d.Integer} NOT NULL,
            imported_at {d.Time} NOT NULL
        ){d.Strict};
        CREATE TABLE list_entities (
            {d.InsertOrder}list_id {d.Text} NOT NULL REFERENCES list_lists(list_id) ON DELETE CASCADE,
            entity_id {d.Text} NOT NULL,
            schema {d.Text} NOT NULL,
            caption {d.Text} NOT NULL,
            reference {d.Text} NOT NULL,
            programs {d.Json} NOT NULL,
            source_file {d.Text} NOT NULL,
            properties {d.Json} NOT NULL,
            PRIMARY KEY (list_id, entity_id)
        ){d.Strict};
        """,
    ];
}
