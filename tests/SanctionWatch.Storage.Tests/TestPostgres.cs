using Npgsql;

namespace SanctionWatch.Storage.Tests;

/// <summary>
/// A throw-away database on the test server named by <c>$SANCTIONWATCH_TEST_POSTGRES</c>; tests that need one
/// skip, saying so, when the variable is unset.
/// </summary>
public sealed class TestPostgres : IDisposable
{
    /// <summary>The environment variable that holds the test server's connection string.</summary>
    public const string Variable = "SANCTIONWATCH_TEST_POSTGRES";

    private readonly string _admin;

    private TestPostgres(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>A connection string for the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a fresh database; skips the calling test when no test server is configured.</summary>
    public static TestPostgres Create()
    {
        string? admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"${Variable} is unset: no PostgreSQL server to test against (CI sets it; locally point it at a loopback server)");
        }

        string name = "sw_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestPostgres(admin!, name, builder.ConnectionString);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
