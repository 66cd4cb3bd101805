namespace SanctionWatch.Storage.Schema;

/// <summary>
/// The column types, table options and the few functions in which SQLite's and PostgreSQL's SQL differ, so that each
/// component's tables (<see cref="ListTables"/>, <see cref="ReviewTables"/>, <see cref="WatchTables"/>, <see cref="FeedTables"/>)
/// and the statements of the stores shared by both backends are written once.
/// </summary>
/// <param name="Text">Text.</param>
/// <param name="Integer">A 32-bit count or offset.</param>
/// <param name="Reference">A column that refers to an <paramref name="Identity"/> key.</param>
/// <param name="Identity">A generated 64-bit primary key, with its <c>PRIMARY KEY</c>.</param>
/// <param name="Time">A point in time.</param>
/// <param name="Date">A calendar date.</param>
/// <param name="Json">A JSON document.</param>
/// <param name="Flag">A yes/no column that is false unless set.</param>
/// <param name="Strict">What ends a table's definition (SQLite's type checking).</param>
/// <param name="StrictKeyed">What ends the definition of a table that needs no row id beside its primary key.</param>
/// <param name="InsertOrder">A column giving the order of insertion where the engine has no row id to order by (with its comma), else empty.</param>
/// <param name="JsonParameter">What follows a text parameter written to a <paramref name="Json"/> column.</param>
/// <param name="JsonText">What follows a <paramref name="Json"/> column read as text.</param>
/// <param name="Position">The function of (text, part) giving the 1-based position of part in text, 0 when absent.</param>
public sealed record SqlDialect(
    string Text,
    string Integer,
    string Reference,
    string Identity,
    string Time,
    string Date,
    string Json,
    string Flag,
    string Strict,
    string StrictKeyed,
    string InsertOrder,
    string JsonParameter,
    string JsonText,
    string Position)
{
    /// <summary>SQLite: STRICT tables, times and dates as ISO text, flags as 0/1, order by rowid.</summary>
    public static readonly SqlDialect Sqlite = new(
        "TEXT", "INTEGER", "INTEGER", "INTEGER PRIMARY KEY AUTOINCREMENT", "TEXT", "TEXT", "TEXT", "INTEGER NOT NULL DEFAULT 0",
        " STRICT", " STRICT, WITHOUT ROWID", "", "", "", "instr");

    /// <summary>PostgreSQL: native types and identity columns.</summary>
    public static readonly SqlDialect Postgres = new(
        "text", "integer", "bigint", "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "timestamptz", "date", "json", "boolean NOT NULL DEFAULT false",
        "", "", "seq bigint GENERATED ALWAYS AS IDENTITY,\n    ", "::json", "::text", "strpos");
}
