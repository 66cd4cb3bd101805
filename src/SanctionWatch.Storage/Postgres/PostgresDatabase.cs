using System.Net.Sockets;
using Npgsql;

namespace SanctionWatch.Storage.Postgres;

/// <summary>
/// Opens PostgreSQL stores from <c>postgres://user@host:port/db</c> addresses or Npgsql connection strings and
/// turns driver failures into one-line <see cref="StoreException"/>s.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly bool _owner;

    private PostgresDatabase(NpgsqlDataSource source, string endpoint, bool owner = true)
    {
        _source = source;
        Endpoint = endpoint;
        _owner = owner;
    }

    /// <summary>The server as <c>host:port</c>, for messages.</summary>
    public string Endpoint { get; }

    /// <summary>True when <paramref name="db"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsAddress(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates a connection source for <paramref name="db"/> (no connection is made yet).</summary>
    /// <exception cref="StoreException">The address cannot be understood.</exception>
    public static PostgresDatabase Create(string db)
    {
        var builder = ToBuilder(db);
        // The store's own statements are short; a dead server must fail fast rather than hang a worker.
        if (!HasKey(db, "Timeout"))
        {
            builder.Timeout = 10;
        }

        builder.ApplicationName ??= "sanctionwatch";
        string endpoint = string.Create(CultureInfo.InvariantCulture, $"{builder.Host ?? "localhost"}:{builder.Port}");
        return new PostgresDatabase(NpgsqlDataSource.Create(builder), endpoint);
    }

    /// <summary>Converts a <c>postgres://</c> URL or a connection string to Npgsql's builder.</summary>
    /// <exception cref="StoreException">The address cannot be understood.</exception>
    public static NpgsqlConnectionStringBuilder ToBuilder(string db)
    {
        try
        {
            if (!db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
                && !db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            {
                return new NpgsqlConnectionStringBuilder(db);
            }

            var uri = new Uri(db);
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = uri.Host.Length > 0 ? uri.Host : "localhost",
                Port = uri.Port > 0 ? uri.Port : 5432,
            };
            if (uri.UserInfo.Length > 0)
            {
                string[] user = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(user[0]);
                if (user.Length == 2)
                {
                    builder.Password = Uri.UnescapeDataString(user[1]);
                }
            }

            string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0)
            {
                builder.Database = database;
            }

            foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] kv = pair.Split('=', 2);
                builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
            }

            return builder;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException)
        {
            throw new StoreException($"cannot understand the PostgreSQL address: {e.Message}", e);
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled connection, mapping driver failures to <see cref="StoreException"/>.</summary>
    public T Run<T>(Func<NpgsqlConnection, T> work)
    {
        try
        {
            using var connection = _source.OpenConnection();
            return work(connection);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw Translate(e);
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled connection, mapping driver failures to <see cref="StoreException"/>.</summary>
    public void Run(Action<NpgsqlConnection> work) => Run(connection =>
    {
        work(connection);
        return 0;
    });

    /// <summary>
    /// The same connection pool for a store that is opened from a shared <see cref="PostgresStore"/>: disposing the
    /// borrowed one leaves the pool open for the others.
    /// </summary>
    public PostgresDatabase Borrow() => new(_source, Endpoint, owner: false);

    /// <summary>Creates a connection source for <paramref name="db"/> and opens a store on it with <paramref name="open"/>, closing the source if that fails.</summary>
    /// <exception cref="StoreException">The address cannot be understood or the server refuses.</exception>
    public static T OpenStore<T>(string db, Func<PostgresDatabase, T> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var database = Create(db);
        try
        {
            return open(database);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_owner)
        {
            _source.Dispose();
        }
    }

    private StoreException Translate(Exception e)
    {
        if (e is PostgresException pg && !pg.SqlState.StartsWith("08", StringComparison.Ordinal) && !pg.SqlState.StartsWith("57P", StringComparison.Ordinal))
        {
            return new StoreException($"PostgreSQL at {Endpoint} refused the operation: {pg.SqlState} {pg.MessageText}", e);
        }

        // Connections in the pool may all be dead after a server restart; drop them so that the next attempt reconnects.
        _source.Clear();
        var root = e;
        while (root.InnerException is not null)
        {
            root = root.InnerException;
        }

        string reason = root is PostgresException p ? p.MessageText : root.Message;
        return new StoreException($"cannot reach PostgreSQL at {Endpoint}: {reason}", e);
    }

    private static bool HasKey(string db, string key) =>
        db.Contains(key + "=", StringComparison.OrdinalIgnoreCase) || db.Contains("&" + key.ToLowerInvariant() + "=", StringComparison.OrdinalIgnoreCase) || db.Contains("?" + key.ToLowerInvariant() + "=", StringComparison.OrdinalIgnoreCase);
}
