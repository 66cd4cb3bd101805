using Microsoft.Data.Sqlite;

namespace SanctionWatch.Storage.Sqlite.Lists;

/// <summary>The SQLite implementation of <see cref="IListStore"/> (tables <c>list_lists</c>, <c>list_entities</c>).</summary>
public sealed class SqliteListStore : IListStore, IDisposable
{
    private static readonly string[] s_migrations = ListTables.Migrations(SqlDialect.Sqlite);

    private readonly SqliteConnection _connection;

    /// <summary>Opens (and migrates) the store at <paramref name="path"/>.</summary>
    public SqliteListStore(string path)
    {
        _connection = SqliteDatabase.Open(path);
        SqliteSchema.Migrate(_connection, "lists", s_migrations);
    }

    /// <inheritdoc />
    public IReadOnlyList<ListMetadata> GetLists()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT list_id, title, list_date, source_files, format, entity_count, imported_at FROM list_lists ORDER BY list_id";
        return StoredRows.ReadAll(cmd, r => StoredRows.List(r, ColumnTypes.Sqlite));
    }

    /// <inheritdoc />
    public ListMetadata? GetList(string listId) => GetLists().FirstOrDefault(l => l.ListId == listId);

    /// <inheritdoc />
    public void ReplaceList(ListSnapshot snapshot)
    {
        var m = snapshot.Metadata;
        using var tx = _connection.BeginTransaction();
        using (var del = _connection.CreateCommand())
        {
            del.Transaction = tx;
            del.CommandText = "DELETE FROM list_entities WHERE list_id = $id; DELETE FROM list_lists WHERE list_id = $id;";
            del.Parameters.AddWithValue("$id", m.ListId);
            del.ExecuteNonQuery();
        }

        using (var ins = _connection.CreateCommand())
        {
            ins.Transaction = tx;
            ins.CommandText = "INSERT INTO list_lists VALUES ($id, $title, $date, $files, $format, $count, $at)";
            ins.Parameters.AddWithValue("$id", m.ListId);
            ins.Parameters.AddWithValue("$title", m.Title);
            ins.Parameters.AddWithValue("$date", m.ListDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
            ins.Parameters.AddWithValue("$files", m.SourceFiles);
            ins.Parameters.AddWithValue("$format", m.Format.ToString());
            ins.Parameters.AddWithValue("$count", snapshot.Entities.Count);
            ins.Parameters.AddWithValue("$at", m.ImportedAt.ToString("O", CultureInfo.InvariantCulture));
            ins.ExecuteNonQuery();
        }

        using (var ins = _connection.CreateCommand())
        {
            ins.Transaction = tx;
            ins.CommandText = "INSERT INTO list_entities VALUES ($list, $id, $schema, $caption, $ref, $programs, $source, $props)";
            var row = new SqliteRow(ins, "$list", "$id", "$schema", "$caption", "$ref", "$programs", "$source", "$props");
            ins.Prepare();
            foreach (var e in snapshot.Entities)
            {
                row.With(m.ListId, e.Id, e.Schema, e.Caption, e.Reference, JsonSerializer.Serialize(e.Programs), e.SourceFile, JsonSerializer.Serialize(e.Properties)).ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    /// <inheritdoc />
    public bool RemoveList(string listId)
    {
        using var tx = _connection.BeginTransaction();
        using var del = _connection.CreateCommand();
        del.Transaction = tx;
        del.CommandText = "DELETE FROM list_entities WHERE list_id = $id; DELETE FROM list_lists WHERE list_id = $id;";
        del.Parameters.AddWithValue("$id", listId);
        int n = del.ExecuteNonQuery();
        tx.Commit();
        return n > 0;
    }

    /// <inheritdoc />
    public IReadOnlyList<ListEntity> GetEntities(IReadOnlyCollection<string>? listIds = null)
    {
        var dates = GetLists().ToDictionary(l => l.ListId, l => l.ListDate, StringComparer.Ordinal);
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT list_id, entity_id, schema, caption, reference, programs, source_file, properties FROM list_entities
            WHERE $all OR list_id IN (SELECT value FROM json_each($lists)) ORDER BY list_id, rowid
            """;
        cmd.Parameters.AddWithValue("$all", listIds is not { Count: > 0 });
        cmd.Parameters.AddWithValue("$lists", JsonSerializer.Serialize(listIds ?? []));
        return StoredRows.ReadAll(cmd, r => StoredRows.ListEntry(r, dates));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
