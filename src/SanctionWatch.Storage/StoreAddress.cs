using SanctionWatch.Storage.Postgres;

namespace SanctionWatch.Storage;

/// <summary>Where a store is: a SQLite file path, or a PostgreSQL server (<c>postgres://…</c> or an Npgsql connection string).</summary>
/// <param name="Value">The address as given.</param>
public readonly record struct StoreAddress(string Value)
{
    /// <summary>True when the address names a PostgreSQL server rather than a file.</summary>
    public bool IsPostgres => PostgresDatabase.IsAddress(Value);

    /// <summary>True when the address is a SQLite file that does not exist yet (opening it would create it).</summary>
    public bool IsNewFile => !IsPostgres && !File.Exists(Value);

    /// <summary>The address for messages: a file's full path; a server without its password.</summary>
    public string Display
    {
        get
        {
            if (!IsPostgres)
            {
                return Path.GetFullPath(Value);
            }

            var builder = PostgresDatabase.ToBuilder(Value);
            return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
