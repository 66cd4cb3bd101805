using System.Globalization;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;
using SanctionWatch.Storage.Sql;

namespace SanctionWatch.Storage.Reviews;

/// <summary>The <see cref="IReviewStore"/> of SQLite and PostgreSQL (table <c>review_decisions</c>).</summary>
/// <param name="db">The database; migrated now, and disposed with the store (or when migrating fails).</param>
public sealed class SqlReviewStore(SqlConnector db) : SqlComponentStore(db, "reviews", ReviewTables.Migrations), IReviewStore
{
    /// <inheritdoc />
    public ReviewDecision Add(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        long seq = Db.Run(connection =>
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
            command.Add("@at", Db.Types.TimeValue(decision.DecidedAt));
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        });
        return decision with { Seq = seq };
    }

    /// <inheritdoc />
    public IReadOnlyList<ReviewDecision> Log() => Db.Run(connection =>
    {
        using var command = connection.Command("SELECT seq, kind, subject, object, verdict, comment, author, decided_at FROM review_decisions ORDER BY seq");
        return StoredRows.ReadAll(command, r => StoredRows.Decision(r, Db.Types));
    });

}
