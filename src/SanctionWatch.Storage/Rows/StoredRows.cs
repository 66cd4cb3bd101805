using SanctionWatch.Model.Reviews;

namespace SanctionWatch.Storage.Rows;

/// <summary>
/// The records of the store read from a row, once for both backends: both select the same columns in the same order,
/// and what their types do not share is asked of <see cref="ColumnTypes"/>.
/// </summary>
public static class StoredRows
{
    /// <summary>The column list <see cref="Document"/> reads, for a table aliased <c>d</c>.</summary>
    public const string DocumentColumns = "d.id, d.source, d.title, d.language, d.published, d.text, d.url";

    /// <summary>Runs <paramref name="command"/> and reads every row with <paramref name="read"/>.</summary>
    public static List<T> ReadAll<T>(DbCommand command, Func<DbDataReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(read);
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read())
        {
            result.Add(read(reader));
        }

        return result;
    }

    /// <summary>A document from the columns of <see cref="DocumentColumns"/>.</summary>
    public static Document Document(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        TextOrNull(r, 2),
        r.GetString(3),
        TextOrNull(r, 4),
        r.GetString(5),
        TextOrNull(r, 6));

    /// <summary>A search hit from (id, title, published, snippet).</summary>
    public static SearchHit SearchHit(DbDataReader r) => new(r.GetString(0), TextOrNull(r, 1), TextOrNull(r, 2), r.GetString(3));

    /// <summary>A watch from (id, kind, value, created).</summary>
    public static Watch Watch(DbDataReader r, ColumnTypes types) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), types.Time(r, 3));

    /// <summary>An alert from (id, watch_id, kind, message, subjects as JSON text, document, start_offset, end_offset, created, read, delivered).</summary>
    public static Alert Alert(DbDataReader r, ColumnTypes types) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        r.GetString(3),
        JsonSerializer.Deserialize<string[]>(r.GetString(4)) ?? [],
        TextOrNull(r, 5),
        r.IsDBNull(6) ? null : r.GetInt32(6),
        r.IsDBNull(7) ? null : r.GetInt32(7),
        types.Time(r, 8),
        types.Flag(r, 9),
        types.Flag(r, 10));

    /// <summary>A feed from (id, url, etag, last_modified, added, last_polled, last_status).</summary>
    public static Feed Feed(DbDataReader r, ColumnTypes types) => new(
        r.GetInt64(0),
        r.GetString(1),
        TextOrNull(r, 2),
        TextOrNull(r, 3),
        types.Time(r, 4),
        types.TimeOrNull(r, 5),
        TextOrNull(r, 6));

    /// <summary>A list's metadata from (list_id, title, list_date, source_files, format, entity_count, imported_at).</summary>
    public static ListMetadata List(DbDataReader r, ColumnTypes types) => new(
        r.GetString(0),
        r.GetString(1),
        r.IsDBNull(2) ? null : types.Date(r, 2),
        r.GetString(3),
        Enum.TryParse<ListFormat>(r.GetString(4), out var format) ? format : ListFormat.Unknown,
        r.GetInt32(5),
        types.Time(r, 6));

    /// <summary>A review decision from (seq, kind, subject, object, verdict, comment, author, decided_at).</summary>
    public static ReviewDecision Decision(DbDataReader r, ColumnTypes types) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        TextOrNull(r, 5),
        TextOrNull(r, 6),
        types.Time(r, 7));

    /// <summary>
    /// A list entry from (list_id, entity_id, schema, caption, reference, programs as JSON text, source_file, properties
    /// as JSON text), dated with its list's date from <paramref name="listDates"/>.
    /// </summary>
    public static ListEntity ListEntry(DbDataReader r, IReadOnlyDictionary<string, DateOnly?> listDates)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(listDates);
        string list = r.GetString(0);
        var programs = JsonSerializer.Deserialize<string[]>(r.GetString(5)) ?? [];
        var properties = JsonSerializer.Deserialize<Dictionary<string, string[]>>(r.GetString(7)) ?? [];
        return new ListEntity(
            r.GetString(1),
            r.GetString(2),
            r.GetString(3),
            list,
            r.GetString(4),
            programs,
            r.GetString(6),
            listDates.GetValueOrDefault(list),
            properties.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>The text in column <paramref name="i"/>, or null.</summary>
    public static string? TextOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
