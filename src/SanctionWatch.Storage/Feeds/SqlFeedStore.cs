using System.Data;
using System.Globalization;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;
using SanctionWatch.Storage.Sql;

namespace SanctionWatch.Storage.Feeds;

/// <summary>The <see cref="IFeedStore"/> of SQLite and PostgreSQL (table <c>feeds</c>).</summary>
public sealed class SqlFeedStore : IFeedStore
{
    private readonly SqlConnector _db;

    private SqlFeedStore(SqlConnector db) => _db = db;

    /// <summary>Migrates the store on <paramref name="db"/>; disposing the store disposes <paramref name="db"/>, as does a failure.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static SqlFeedStore Open(SqlConnector db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Open("feeds", FeedTables.Migrations, c => new SqlFeedStore(c));
    }

    /// <inheritdoc />
    public (Feed Feed, bool Added) AddFeed(string url, DateTimeOffset added)
    {
        bool inserted = _db.Run(connection =>
        {
            using var insert = connection.Command("INSERT INTO feeds(url, added) VALUES (@u, @a) ON CONFLICT (url) DO NOTHING");
            insert.Add("@u", url);
            insert.Add("@a", _db.Types.TimeValue(added));
            return insert.ExecuteNonQuery() > 0;
        });
        return (GetFeeds().Single(f => f.Url == url), inserted);
    }

    /// <inheritdoc />
    public IReadOnlyList<Feed> GetFeeds() => _db.Run(connection =>
    {
        using var command = connection.Command("SELECT id, url, etag, last_modified, added, last_polled, last_status FROM feeds ORDER BY id");
        return StoredRows.ReadAll(command, r => StoredRows.Feed(r, _db.Types));
    });

    /// <inheritdoc />
    public bool RemoveFeed(string idOrUrl) => _db.Run(connection =>
    {
        bool byId = long.TryParse(idOrUrl, NumberStyles.None, CultureInfo.InvariantCulture, out long id);
        using var command = connection.Command(byId ? "DELETE FROM feeds WHERE id = @v" : "DELETE FROM feeds WHERE url = @v");
        command.Add("@v", byId ? id : idOrUrl);
        return command.ExecuteNonQuery() > 0;
    });

    /// <inheritdoc />
    public void RecordPoll(long id, string? etag, string? lastModified, DateTimeOffset polled, string status) => _db.Run(connection =>
    {
        using var command = connection.Command("UPDATE feeds SET etag = @e, last_modified = @m, last_polled = @p, last_status = @s WHERE id = @id");
        command.Add("@e", etag, DbType.String);
        command.Add("@m", lastModified, DbType.String);
        command.Add("@p", _db.Types.TimeValue(polled));
        command.Add("@s", status);
        command.Add("@id", id);
        command.ExecuteNonQuery();
    });

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();
}
