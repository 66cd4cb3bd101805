using System.Data;

namespace SanctionWatch.Storage.Feeds;

/// <summary>The <see cref="IFeedStore"/> of SQLite and PostgreSQL (table <c>feeds</c>).</summary>
/// <param name="db">The database; migrated now, and disposed with the store (or when migrating fails).</param>
public sealed class SqlFeedStore(SqlConnector db) : SqlComponentStore(db, "feeds", FeedTables.Migrations), IFeedStore
{
    /// <inheritdoc />
    public (Feed Feed, bool Added) AddFeed(string url, DateTimeOffset added)
    {
        bool inserted = Db.Run(connection =>
        {
            using var insert = connection.Command("INSERT INTO feeds(url, added) VALUES (@u, @a) ON CONFLICT (url) DO NOTHING");
            insert.Add("@u", url);
            insert.Add("@a", Db.Types.TimeValue(added));
            return insert.ExecuteNonQuery() > 0;
        });
        return (GetFeeds().Single(f => f.Url == url), inserted);
    }

    /// <inheritdoc />
    public IReadOnlyList<Feed> GetFeeds() => Db.Run(connection =>
    {
        using var command = connection.Command("SELECT id, url, etag, last_modified, added, last_polled, last_status FROM feeds ORDER BY id");
        return StoredRows.ReadAll(command, r => StoredRows.Feed(r, Db.Types));
    });

    /// <inheritdoc />
    public bool RemoveFeed(string idOrUrl) => Db.Run(connection =>
    {
        bool byId = long.TryParse(idOrUrl, NumberStyles.None, CultureInfo.InvariantCulture, out long id);
        using var command = connection.Command(byId ? "DELETE FROM feeds WHERE id = @v" : "DELETE FROM feeds WHERE url = @v");
        command.Add("@v", byId ? id : idOrUrl);
        return command.ExecuteNonQuery() > 0;
    });

    /// <inheritdoc />
    public void RecordPoll(long id, string? etag, string? lastModified, DateTimeOffset polled, string status) => Db.Run(connection =>
    {
        using var command = connection.Command("UPDATE feeds SET etag = @e, last_modified = @m, last_polled = @p, last_status = @s WHERE id = @id");
        command.Add("@e", etag, DbType.String);
        command.Add("@m", lastModified, DbType.String);
        command.Add("@p", Db.Types.TimeValue(polled));
        command.Add("@s", status);
        command.Add("@id", id);
        command.ExecuteNonQuery();
    });

}
