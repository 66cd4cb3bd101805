using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using SanctionWatch.Storage.Feeds;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;

namespace SanctionWatch.Storage.Postgres.Feeds;

/// <summary>The PostgreSQL implementation of <see cref="IFeedStore"/>.</summary>
public sealed class PostgresFeedStore : IFeedStore
{
    private static readonly string[] Migrations = FeedTables.Migrations(SqlDialect.Postgres);

    private readonly PostgresDatabase _database;

    private PostgresFeedStore(PostgresDatabase database) => _database = database;

    /// <summary>Connects to <paramref name="db"/> and migrates it.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresFeedStore Open(string db) => PostgresDatabase.OpenStore(db, Open);

    /// <summary>Opens the store on <paramref name="database"/>, migrating it; disposing the store disposes <paramref name="database"/>.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresFeedStore Open(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.Run(connection => PostgresSchema.Migrate(connection, "feeds", Migrations));
        return new PostgresFeedStore(database);
    }

    /// <inheritdoc />
    public (Feed Feed, bool Added) AddFeed(string url, DateTimeOffset added)
    {
        bool inserted = _database.Run(connection =>
        {
            using var insert = new NpgsqlCommand("INSERT INTO feeds(url, added) VALUES (@u, @a) ON CONFLICT (url) DO NOTHING", connection);
            insert.Parameters.AddWithValue("u", url);
            insert.Parameters.AddWithValue("a", added.ToUniversalTime());
            return insert.ExecuteNonQuery() > 0;
        });
        return (GetFeeds().Single(f => f.Url == url), inserted);
    }

    /// <inheritdoc />
    public IReadOnlyList<Feed> GetFeeds() => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand("SELECT id, url, etag, last_modified, added, last_polled, last_status FROM feeds ORDER BY id", connection);
        return (IReadOnlyList<Feed>)StoredRows.ReadAll(command, r => StoredRows.Feed(r, ColumnTypes.Postgres));
    });

    /// <inheritdoc />
    public bool RemoveFeed(string idOrUrl) => _database.Run(connection =>
    {
        bool byId = long.TryParse(idOrUrl, NumberStyles.None, CultureInfo.InvariantCulture, out long id);
        using var command = new NpgsqlCommand(byId ? "DELETE FROM feeds WHERE id = @v" : "DELETE FROM feeds WHERE url = @v", connection);
        if (byId)
        {
            command.Parameters.AddWithValue("v", id);
        }
        else
        {
            command.Parameters.AddWithValue("v", idOrUrl);
        }

        return command.ExecuteNonQuery() > 0;
    });

    /// <inheritdoc />
    public void RecordPoll(long id, string? etag, string? lastModified, DateTimeOffset polled, string status) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand("UPDATE feeds SET etag = @e, last_modified = @m, last_polled = @p, last_status = @s WHERE id = @id", connection);
        command.Parameters.Add(new NpgsqlParameter("e", NpgsqlDbType.Text) { Value = (object?)etag ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Text) { Value = (object?)lastModified ?? DBNull.Value });
        command.Parameters.AddWithValue("p", polled.ToUniversalTime());
        command.Parameters.AddWithValue("s", status);
        command.Parameters.AddWithValue("id", id);
        command.ExecuteNonQuery();
    });

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();
}
