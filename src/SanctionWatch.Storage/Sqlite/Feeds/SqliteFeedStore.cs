using System.Globalization;
using Microsoft.Data.Sqlite;
using SanctionWatch.Storage.Feeds;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;

namespace SanctionWatch.Storage.Sqlite.Feeds;

/// <summary>The SQLite implementation of <see cref="IFeedStore"/> (table <c>feeds</c>).</summary>
public sealed class SqliteFeedStore : IFeedStore
{
    private static readonly string[] s_migrations = FeedTables.Migrations(SqlDialect.Sqlite);

    private readonly SqliteConnection _connection;

    private SqliteFeedStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating and migrating) the store at <paramref name="path"/>.</summary>
    public static SqliteFeedStore Open(string path)
    {
        var connection = SqliteDatabase.Open(path);
        try
        {
            SqliteSchema.Migrate(connection, "feeds", s_migrations);
            return new SqliteFeedStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public (Feed Feed, bool Added) AddFeed(string url, DateTimeOffset added)
    {
        using (var insert = _connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO feeds(url, added) VALUES ($u, $a) ON CONFLICT(url) DO NOTHING";
            insert.Parameters.AddWithValue("$u", url);
            insert.Parameters.AddWithValue("$a", added.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            if (insert.ExecuteNonQuery() > 0)
            {
                return (GetFeeds().Single(f => f.Url == url), true);
            }
        }

        return (GetFeeds().Single(f => f.Url == url), false);
    }

    /// <inheritdoc />
    public IReadOnlyList<Feed> GetFeeds()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, url, etag, last_modified, added, last_polled, last_status FROM feeds ORDER BY id";
        return StoredRows.ReadAll(command, r => StoredRows.Feed(r, ColumnTypes.Sqlite));
    }

    /// <inheritdoc />
    public bool RemoveFeed(string idOrUrl)
    {
        using var command = _connection.CreateCommand();
        bool byId = long.TryParse(idOrUrl, NumberStyles.None, CultureInfo.InvariantCulture, out long id);
        command.CommandText = byId ? "DELETE FROM feeds WHERE id = $v" : "DELETE FROM feeds WHERE url = $v";
        command.Parameters.AddWithValue("$v", byId ? id : idOrUrl);
        return command.ExecuteNonQuery() > 0;
    }

    /// <inheritdoc />
    public void RecordPoll(long id, string? etag, string? lastModified, DateTimeOffset polled, string status)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE feeds SET etag = $e, last_modified = $m, last_polled = $p, last_status = $s WHERE id = $id";
        command.Parameters.AddWithValue("$e", (object?)etag ?? DBNull.Value);
        command.Parameters.AddWithValue("$m", (object?)lastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$p", polled.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$s", status);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
