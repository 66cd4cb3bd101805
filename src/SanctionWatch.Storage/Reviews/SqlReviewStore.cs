using SanctionWatch.Model.Reviews;

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
            using var command = connection.Command("");
            string row = command.AddEach<object?>("@v", [decision.Kind, decision.Subject, decision.Object, decision.Verdict, decision.Comment, decision.Author, Db.Types.TimeValue(decision.DecidedAt)]);
            command.CommandText = $"INSERT INTO review_decisions(kind, subject, object, verdict, comment, author, decided_at) VALUES ({row}) RETURNING seq";
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
