using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary>
/// Many workers on one PostgreSQL queue, one of them killed mid-run, must give the same dossier as one
/// <c>analyze</c> on SQLite. Needs <c>$SANCTIONWATCH_TEST_POSTGRES</c> (CI starts a loopback server).
/// </summary>
public sealed class PostgresWorkersTest
{
    private const string Variable = "SANCTIONWATCH_TEST_POSTGRES";

    // A slice of the White House corpus keeps the test to about a minute on two cores.
    private const int WhiteHouseSlice = 40;

    // Each worker's standard error, by process id, for failure messages.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, System.Text.StringBuilder> Stderr = new();

    [Fact]
    public void Workers_ThreeConcurrentOneKilled_GiveTheSameDossierAsAnalyzeOnSqlite()
    {
        string? admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"${Variable} is unset: no PostgreSQL server to test against (CI sets it)");
        }

        string seeds = SharedData.PathOf("corpus", "seeds");
        string whiteHouse = SharedData.PathOf("corpus", "whitehouse-dprk", "docs");
        string[] inputs = [seeds, .. Directory.GetFiles(whiteHouse).Order(StringComparer.Ordinal).Take(WhiteHouseSlice)];
        using var temp = new TempFolder();

        var analyze = CliRunner.Run(temp.Path, ["analyze", .. inputs, "--db", temp.File("a.db"), "--out", temp.File("a.json")]);
        Assert.True(analyze.ExitCode == 0, analyze.ToString());

        string name = "sw_test_" + Guid.NewGuid().ToString("N");
        Admin(admin!, $"CREATE DATABASE {name}");
        try
        {
            string db = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            var ingest = CliRunner.Run(temp.Path, ["ingest", .. inputs, "--db", db]);
            Assert.True(ingest.ExitCode == 0, ingest.ToString());

            var workers = Enumerable.Range(0, 3).Select(_ => StartWorker(temp.Path, db)).ToList();
            // Kill a worker while it holds a lease — whichever claims first — so its documents must be taken over.
            Process? victim = null;
            Assert.True(
                WaitUntil(() => (victim = workers.FirstOrDefault(w => !w.HasExited && HoldsLease(db, w.Id))) is not null, TimeSpan.FromMinutes(2)),
                "no worker ever held a lease");
            victim!.Kill();
            victim.WaitForExit();

            foreach (var survivor in workers.Where(w => w != victim))
            {
                AssertFinished(survivor);
            }

            var fresh = StartWorker(temp.Path, db);
            AssertFinished(fresh);

            var dossier = CliRunner.Run(temp.Path, "dossier", "--db", db, "--out", temp.File("b.json"));
            Assert.True(dossier.ExitCode == 0, dossier.ToString());
            var expected = WithoutTimestamp(temp.File("a.json"));
            Assert.True(expected.Length > 1000, "the SQLite dossier is unexpectedly small");
            Assert.Equal(expected, WithoutTimestamp(temp.File("b.json")));
            Assert.Equal(0, Scalar(db, "SELECT count(*)::int FROM queue"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Admin(admin!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [Fact]
    public void Worker_UnreachableServer_FailsWithOneLineError()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run(temp.Path, "worker", "--once", "--db", "postgres://postgres@127.0.0.1:1/sanctionwatch");

        Assert.Equal(1, result.ExitCode);
        string error = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("sanctionwatch: error: cannot reach PostgreSQL at 127.0.0.1:1:", error, StringComparison.Ordinal);
    }

    private static Process StartWorker(string folder, string db)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["exec", Path.Combine(AppContext.BaseDirectory, "sanctionwatch.dll"), "worker", "--once", "--lease", "3", "--db", db])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        // Drain both pipes so that a chatty worker never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        Stderr[process.Id] = errors;
        return process;
    }

    private static void AssertFinished(Process worker)
    {
        bool exited = worker.WaitForExit(TimeSpan.FromMinutes(5));
        if (!exited)
        {
            worker.Kill();
        }

        worker.WaitForExit();
        string stderr;
        lock (Stderr[worker.Id])
        {
            stderr = Stderr[worker.Id].ToString();
        }

        Assert.True(exited && worker.ExitCode == 0, $"worker {worker.Id} exited {(exited ? worker.ExitCode : "never")}: {stderr}");
    }

    private static bool HoldsLease(string db, int pid) =>
        Scalar(db, $"SELECT count(*)::int FROM queue WHERE worker LIKE '%:{pid.ToString(CultureInfo.InvariantCulture)}:%' AND lease_until > clock_timestamp()") > 0;

    private static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    private static int Scalar(string db, string sql)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (int)command.ExecuteScalar()!;
    }

    private static void Admin(string admin, string sql)
    {
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string WithoutTimestamp(string path)
    {
        var dossier = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        dossier.Remove("generatedAt");
        return dossier.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
