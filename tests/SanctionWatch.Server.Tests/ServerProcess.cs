using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests;

/// <summary>
/// The real <c>sanctionwatch serve</c> on a free loopback port, over a store holding the seed articles and the UN and
/// OFAC lists, with an API key (feeds may reach loopback, where the tests' feeds live); shared by the tests of a
/// class. Null <see cref="BaseAddress"/> when the shared data is absent. The store is a SQLite file, or a fresh
/// database on the PostgreSQL server of <c>$SANCTIONWATCH_TEST_POSTGRES</c> (tests skip when that is unset).
/// </summary>
public sealed class ServerProcess : IAsyncLifetime
{
    /// <summary>The key writes need.</summary>
    public const string ApiKey = "test-key-0123456789";

    private readonly TempFolder _temp = new();
    private readonly bool _prepare;
    private readonly string[] _options;
    private readonly bool _postgres;
    private readonly string? _existingDb;
    private readonly string[] _extraInputs;
    private string? _postgresAdmin;
    private string? _postgresName;
    private string? _skip;
    private Process? _process;

    /// <summary>The usual server: full store, API key, private feeds allowed.</summary>
    public ServerProcess()
        : this(prepare: true, "--api-key", ApiKey, "--allow-private-feeds")
    {
    }

    /// <summary>A server with these <c>serve</c> options over a full (<paramref name="prepare"/>) or a new, empty store.</summary>
    internal ServerProcess(bool prepare, params string[] options)
    {
        _prepare = prepare;
        _options = options;
        _extraInputs = [];
    }

    /// <summary>The usual server over a SQLite file or a PostgreSQL database, with <paramref name="extraInputs"/> (paths under the repository) analysed besides the seeds.</summary>
    internal ServerProcess(bool postgres, IReadOnlyList<string> extraInputs)
        : this(prepare: true, "--api-key", ApiKey)
    {
        _postgres = postgres;
        _extraInputs = [.. extraInputs];
    }

    /// <summary>Another server, with an API key, over the store <paramref name="existingDb"/> that a running one already serves.</summary>
    internal ServerProcess(string existingDb)
        : this(prepare: false, "--api-key", ApiKey)
    {
        _existingDb = existingDb;
        _extraInputs = [];
    }

    /// <summary>The environment variable with the test PostgreSQL server's connection string (CI sets it).</summary>
    public const string PostgresVariable = "SANCTIONWATCH_TEST_POSTGRES";

    /// <summary>Where the server listens, or null when the shared data folder is absent.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>The store: a file, or the connection string of the test's own PostgreSQL database.</summary>
    public string Db { get; private set; } = "";

    /// <summary>A folder for the test's own files.</summary>
    public string Folder => _temp.Path;

    /// <summary>Why the server could not start, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>An HTTP client for the server; skips the test when the server is not running.</summary>
    public HttpClient Client()
    {
        if (Failure is not null)
        {
            Assert.Fail(Failure); // the data is there but the server could not be prepared: a failure, not a skip
        }

        if (_skip is not null)
        {
            Assert.Skip(_skip);
        }

        if (BaseAddress is null)
        {
            Assert.Skip("the shared data folder (../shared or $SANCTIONWATCH_SHARED) is absent");
        }

        return new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Db = _existingDb ?? _temp.File("s.db");
        if (SharedData.Folder is null)
        {
            return;
        }

        if (_postgres)
        {
            _postgresAdmin = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(_postgresAdmin))
            {
                _skip = $"${PostgresVariable} is unset: no PostgreSQL server to test against (CI sets it; locally point it at a loopback server)";
                return;
            }

            _postgresName = "sw_test_" + Guid.NewGuid().ToString("N");
            await AdminAsync($"CREATE DATABASE {_postgresName}").ConfigureAwait(false);
            Db = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _postgresName }.ConnectionString;
        }

        string shared = SharedData.Folder;
        if (_prepare && await Task.Run(() => Prepare(shared)).ConfigureAwait(false) is { } failure)
        {
            Failure = failure;
            return;
        }

        int port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = _temp.Path };
        foreach (string a in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "sanctionwatch.dll"), "serve", "--db", Db, "--urls", $"http://127.0.0.1:{port}" }.Concat(_options))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("SANCTIONWATCH_API_KEY");
        start.Environment.Remove("SANCTIONWATCH_READ_KEY");
        _process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        for (int i = 0; i < 150 && !_process.HasExited; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri("healthz", UriKind.Relative)).ConfigureAwait(false)).IsSuccessStatusCode)
                {
                    BaseAddress = address;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or too busy to answer within the probe's timeout on a loaded machine
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        Failure = "the server did not answer /healthz";
    }

    private string? Prepare(string shared)
    {
        var import = CliRunner.Run(_temp.Path, "lists", "import",
            Path.Combine(shared, "data", "sanctions", "un", "consolidated_2025-04-19.xml"),
            Path.Combine(shared, "data", "sanctions", "ofac", "sdn.csv"), "--db", Db);
        string[] inputs = [Path.Combine(shared, "corpus", "seeds"), .. _extraInputs.Select(p => Path.Combine(SharedData.RepositoryRoot, p))];
        var analyze = CliRunner.Run(_temp.Path, ["analyze", .. inputs, "--db", Db, "--out", _temp.File("d.json")]);
        return import.ExitCode != 0 || analyze.ExitCode != 0 ? "could not prepare the store: " + import + analyze : null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)").ConfigureAwait(false);
        }

        _temp.Dispose();
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
