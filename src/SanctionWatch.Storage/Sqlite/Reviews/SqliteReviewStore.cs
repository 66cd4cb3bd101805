using System.Globalization;
using Microsoft.Data.Sqlite;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage.Reviews;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;

namespace SanctionWatch.Storage.Sqlite.Reviews;

/// <summary>The SQLite implementation of <see cref="IReviewStore"/> (table <c>review_decisions</c>).</summary>
public sealed class SqliteReviewStore : IReviewStore, IDisposable
{
    private static readonly string[] s_migrations = ReviewTables.Migrations(SqlDialect.Sqlite);

    private readonly SqliteConnection _connection;

    /// <summary>Opens (and migrates) the store at <paramref name="path"/>.</summary>
    public SqliteReviewStore(string path)
    {
        _connection = SqliteDatabase.Open(path);
        SqliteSchema.Migrate(_connection, "reviews", s_migrations);
    }

    /// <inheritdoc />
    public ReviewDecision Add(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO review_decisions(kind, subject, object, verdict, comment, author, decided_at)
            VALUES ($kind, $subject, $object, $verdict, $comment, $author, $at) RETURNING seq
            """;
        command.Parameters.AddWithValue("$kind", decision.Kind);
        command.Parameters.AddWithValue("$subject", decision.Subject);
        command.Parameters.AddWithValue("$object", decision.Object);
        command.Parameters.AddWithValue("$verdict", decision.Verdict);
        command.Parameters.AddWithValue("$comment", (object?)decision.Comment ?? DBNull.Value);
        command.Parameters.AddWithValue("$author", (object?)decision.Author ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", decision.DecidedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        long seq = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return decision with { Seq = seq };
    }

    /// <inheritdoc />
    public IReadOnlyList<ReviewDecision> Log()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT seq, kind, subject, object, verdict, comment, author, decided_at FROM review_decisions ORDER BY seq";
        return StoredRows.ReadAll(command, r => StoredRows.Decision(r, ColumnTypes.Sqlite));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
