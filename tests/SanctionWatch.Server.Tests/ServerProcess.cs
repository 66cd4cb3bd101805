using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests;

/// <summary>
/// The real <c>sanctionwatch serve</c> on a free loopback port, over a store holding the seed articles and the UN and
/// OFAC lists, with an API key (feeds may reach loopback, where the tests' feeds live); shared by the tests of a
/// class. Null <see cref="BaseAddress"/> when the shared data is absent.
/// </summary>
public sealed class ServerProcess : IAsyncLifetime
{
    /// <summary>The key writes need.</summary>
    public const string ApiKey = "test-key-0123456789";

    private readonly TempFolder _temp = new();
    private readonly bool _prepare;
    private readonly string[] _options;
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
    }

    /// <summary>Where the server listens, or null when the shared data folder is absent.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>The store file.</summary>
    public string Db => _temp.File("s.db");

    /// <summary>Why the server could not start, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>An HTTP client for the server; skips the test when the server is not running.</summary>
    public HttpClient Client()
    {
        if (Failure is not null)
        {
            Assert.Fail(Failure); // the data is there but the server could not be prepared: a failure, not a skip
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
        if (SharedData.Folder is null)
        {
            return;
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
        var analyze = CliRunner.Run(_temp.Path, "analyze", Path.Combine(shared, "corpus", "seeds"), "--db", Db, "--out", _temp.File("d.json"));
        return import.ExitCode != 0 || analyze.ExitCode != 0 ? "could not prepare the store: " + import + analyze : null;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
