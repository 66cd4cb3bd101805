using Microsoft.Data.Sqlite;

namespace SanctionWatch.Storage.Sqlite;

/// <summary>Opens the embedded SQLite store with the settings every component relies on.</summary>
public static class SqliteDatabase
{
    /// <summary>
    /// Opens (creating if needed) the database file at <paramref name="path"/> in WAL mode. A file this process may
    /// not write (a snapshot, a read-only mount or file) is opened read-only instead, so that it can still be read;
    /// writes to it then fail with SQLite's read-only error, which the callers turn into one line.
    /// </summary>
    public static SqliteConnection Open(string path)
    {
        if (!Writable(path))
        {
            return OpenReadOnly(path);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        // secure_delete: content that is deleted or rewritten (an alert marked read, a replaced analysis) is
        // overwritten, not left in free space, so that 'purge' really takes a document's text out of the file.
        Execute(connection, """
            PRAGMA secure_delete = ON;
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA foreign_keys = ON;
            PRAGMA busy_timeout = 30000;
            PRAGMA temp_store = MEMORY;
            """);
        return connection;
    }

    /// <summary>
    /// Opens an existing store for reading only. WAL needs its <c>-shm</c> file beside the store; where that cannot be
    /// created (a read-only folder or mount) the file is opened as immutable, which no writer can be changing.
    /// </summary>
    public static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA query_only = ON; SELECT count(*) FROM sqlite_master;");
            return connection;
        }
        catch (SqliteException)
        {
            connection.Dispose();
        }

        string uri = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";
        var immutable = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = uri, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        immutable.Open();
        Execute(immutable, "PRAGMA query_only = ON;");
        return immutable;
    }

    /// <summary>False when <paramref name="path"/> exists and this process may not open it for writing (even as root: immutable files, read-only mounts).</summary>
    public static bool Writable(string path)
    {
        if (!File.Exists(path))
        {
            return true;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    /// <summary>Runs SQL that returns nothing.</summary>
    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
