using System.Globalization;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;
using SanctionWatch.Storage.Sql;

namespace SanctionWatch.Storage.Reviews;

/// <summary>The <see cref="IReviewStore"/> of SQLite and PostgreSQL (table <c>review_decisions</c>).</summary>
public sealed class SqlReviewStore : IReviewStore
{
    private readonly SqlConnector _db;

    private SqlReviewStore(SqlConnector db) => _db = db;

    /// <summary>Migrates the store on <paramref name="db"/>; disposing the store disposes <paramref name="db"/>, as does a failure.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static SqlReviewStore Open(SqlConnector db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Open("reviews", ReviewTables.Migrations, c => new SqlReviewStore(c));
    }

    /// <inheritdoc />
    public ReviewDecision Add(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        long seq = _db.Run(connection =>
        {
            using var command = connection.Command("""
                INSERT INTO review_decisions(kind, subject, object, verdict, comment, author, decided_at)
                VALUES (@kind, @subject, @object, @verdict, @comment, @author, @at) RETURNING seq
                """);
            command.Add("@kind", decision.Kind);
            command.Add("@subject", decision.Subject);
            command.Add("@object", decision.Object);
            command.Add("@verdict", decision.Verdict);
            command.Add("@comment", decision.Comment);
            command.Add("@author", decision.Author);
            command.Add("@at", _db.Types.TimeValue(decision.DecidedAt));
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        });
        return decision with { Seq = seq };
    }

    /// <inheritdoc />
    public IReadOnlyList<ReviewDecision> Log() => _db.Run(connection =>
    {
        using var command = connection.Command("SELECT seq, kind, subject, object, verdict, comment, author, decided_at FROM review_decisions ORDER BY seq");
        return StoredRows.ReadAll(command, r => StoredRows.Decision(r, _db.Types));
    });

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();
}
