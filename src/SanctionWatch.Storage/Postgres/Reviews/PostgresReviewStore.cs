using Npgsql;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage.Reviews;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;

namespace SanctionWatch.Storage.Postgres.Reviews;

/// <summary>The PostgreSQL implementation of <see cref="IReviewStore"/> (table <c>review_decisions</c>).</summary>
public sealed class PostgresReviewStore : IReviewStore, IDisposable
{
    private static readonly string[] Migrations = ReviewTables.Migrations(SqlDialect.Postgres);

    private readonly PostgresDatabase _database;

    /// <summary>Connects to <paramref name="db"/> (a <c>postgres://</c> URL or connection string) and migrates it.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public PostgresReviewStore(string db)
        : this(PostgresDatabase.Create(db), owned: true)
    {
    }

    private PostgresReviewStore(PostgresDatabase database, bool owned)
    {
        _database = database;
        try
        {
            _database.Run(connection => PostgresSchema.Migrate(connection, "reviews", Migrations));
        }
        catch
        {
            if (owned)
            {
                _database.Dispose();
            }

            throw;
        }
    }

    /// <summary>Opens the store on <paramref name="database"/>, migrating it; disposing the store disposes <paramref name="database"/>.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresReviewStore Open(PostgresDatabase database) => new(database, owned: false);

    /// <inheritdoc />
    public ReviewDecision Add(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        long seq = _database.Run(connection =>
        {
            using var command = new NpgsqlCommand(
                """
                INSERT INTO review_decisions(kind, subject, object, verdict, comment, author, decided_at)
                VALUES (@kind, @subject, @object, @verdict, @comment, @author, @at) RETURNING seq
                """,
                connection);
            command.Parameters.AddWithValue("kind", decision.Kind);
            command.Parameters.AddWithValue("subject", decision.Subject);
            command.Parameters.AddWithValue("object", decision.Object);
            command.Parameters.AddWithValue("verdict", decision.Verdict);
            command.Parameters.AddWithValue("comment", (object?)decision.Comment ?? DBNull.Value);
            command.Parameters.AddWithValue("author", (object?)decision.Author ?? DBNull.Value);
            command.Parameters.AddWithValue("at", decision.DecidedAt.ToUniversalTime());
            return (long)command.ExecuteScalar()!;
        });
        return decision with { Seq = seq };
    }

    /// <inheritdoc />
    public IReadOnlyList<ReviewDecision> Log() => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand(
            "SELECT seq, kind, subject, object, verdict, comment, author, decided_at FROM review_decisions ORDER BY seq",
            connection);
        return (IReadOnlyList<ReviewDecision>)StoredRows.ReadAll(command, r => StoredRows.Decision(r, ColumnTypes.Postgres));
    });

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();
}
