namespace SanctionWatch.Storage.Rows;

/// <summary>
/// How a backend keeps the column types SQL does not share: SQLite stores times and dates as ISO text and flags as
/// integers, PostgreSQL has <c>timestamptz</c>, <c>date</c> and <c>boolean</c>. The row readers ask it, so they are written once.
/// </summary>
public abstract class ColumnTypes
{
    /// <summary>SQLite: ISO 8601 text and 0/1 integers.</summary>
    public static readonly ColumnTypes Sqlite = new SqliteTypes();

    /// <summary>PostgreSQL: native time, date and boolean types.</summary>
    public static readonly ColumnTypes Postgres = new PostgresTypes();

    /// <summary>The point in time in column <paramref name="i"/>.</summary>
    public abstract DateTimeOffset Time(DbDataReader reader, int i);

    /// <summary>The calendar date in column <paramref name="i"/>.</summary>
    public abstract DateOnly Date(DbDataReader reader, int i);

    /// <summary>The yes/no in column <paramref name="i"/>.</summary>
    public abstract bool Flag(DbDataReader reader, int i);

    /// <summary>The parameter value that stores <paramref name="time"/> (in UTC).</summary>
    public abstract object TimeValue(DateTimeOffset time);

    /// <summary>The point in time in column <paramref name="i"/>, or null.</summary>
    public DateTimeOffset? TimeOrNull(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : Time(reader, i);

    private sealed class SqliteTypes : ColumnTypes
    {
        public override DateTimeOffset Time(DbDataReader reader, int i) =>
            DateTimeOffset.Parse(reader.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

        public override DateOnly Date(DbDataReader reader, int i) =>
            DateOnly.ParseExact(reader.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override bool Flag(DbDataReader reader, int i) => reader.GetInt64(i) != 0;

        public override object TimeValue(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
    }

    private sealed class PostgresTypes : ColumnTypes
    {
        public override DateTimeOffset Time(DbDataReader reader, int i) => reader.GetFieldValue<DateTimeOffset>(i);

        public override DateOnly Date(DbDataReader reader, int i) => reader.GetFieldValue<DateOnly>(i);

        public override bool Flag(DbDataReader reader, int i) => reader.GetBoolean(i);

        public override object TimeValue(DateTimeOffset time) => time.ToUniversalTime();
    }
}
