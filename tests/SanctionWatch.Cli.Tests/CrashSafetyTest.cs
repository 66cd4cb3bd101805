using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary>Kills the real command with SIGKILL mid-run and checks that a rerun completes with nothing lost or doubled.</summary>
public sealed class CrashSafetyTest
{
    private const int WhiteHouseFiles = 40;

    [Fact]
    public void Analyze_KilledHalfway_RerunGivesTheSameDossier()
    {
        using var temp = new TempFolder();
        string input = CopyInputs(temp);

        var clock = Stopwatch.StartNew();
        var reference = CliRunner.Run(temp.Path, "analyze", input, "--db", temp.File("reference.db"), "--out", temp.File("reference.json"));
        TimeSpan whole = clock.Elapsed;
        Assert.True(reference.ExitCode == 0, reference.ToString());

        // Killed halfway through the time a whole run took on this machine, fast or slow.
        string db = temp.File("killed.db");
        bool killedWhileRunning = KillAfter(temp.Path, whole / 2, "analyze", input, "--db", db, "--out", temp.File("killed.json"));
        var rerun = CliRunner.Run(temp.Path, "analyze", input, "--db", db, "--out", temp.File("rerun.json"));

        Assert.True(killedWhileRunning, "the first run finished before half the reference time; the kill proved nothing");
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var expected = Read(temp.File("reference.json"));
        var actual = Read(temp.File("rerun.json"));
        Assert.Equal(WithoutTimestamp(expected), WithoutTimestamp(actual));

        var stored = CliRunner.Run(temp.Path, "dossier", "--db", db);
        Assert.True(stored.ExitCode == 0, stored.ToString());
        var ids = JsonNode.Parse(stored.Stdout)!["documents"]!.AsArray().Select(d => (string)d!["id"]!).ToList();
        Assert.Equal(expected["documents"]!.AsArray().Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Worker_KilledHalfway_RerunCompletesTheQueueWithTheSameDossier()
    {
        using var temp = new TempFolder();
        string input = CopyInputs(temp);
        var clock = Stopwatch.StartNew();
        var reference = CliRunner.Run(temp.Path, "analyze", input, "--db", temp.File("reference.db"), "--out", temp.File("reference.json"));
        TimeSpan whole = clock.Elapsed;
        Assert.True(reference.ExitCode == 0, reference.ToString());

        string db = temp.File("worker.db");
        var ingest = CliRunner.Run(temp.Path, "ingest", input, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        // Killed halfway through the time a whole analysis took on this machine; a short lease so the rerun may
        // take over the dead worker's batch within seconds.
        bool killedWhileRunning = KillAfter(temp.Path, whole / 2, "worker", "--once", "--lease", "3", "--db", db);
        var rerun = CliRunner.Run(temp.Path, "worker", "--once", "--lease", "3", "--db", db);
        var dossier = CliRunner.Run(temp.Path, "dossier", "--db", db, "--out", temp.File("worker.json"));

        Assert.True(killedWhileRunning, "the worker finished before half the reference time; the kill proved nothing");
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.True(dossier.ExitCode == 0, dossier.ToString());
        Assert.Equal(WithoutTimestamp(Read(temp.File("reference.json"))), WithoutTimestamp(Read(temp.File("worker.json"))));
    }

    [Fact]
    public void ListsImport_KilledMidImport_LeavesOtherListsAndRerunSucceeds()
    {
        string un = SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml");
        string sdn = SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv");
        using var temp = new TempFolder();
        string db = temp.File("lists.db");
        var unImport = CliRunner.Run(temp.Path, "lists", "import", un, "--db", db);
        Assert.True(unImport.ExitCode == 0, unImport.ToString());
        var before = CliRunner.Run(temp.Path, "lists", "--db", db);
        Assert.True(before.ExitCode == 0, before.ToString());

        // The import's length depends on the machine: time one whole import into a scratch store, then kill at
        // several fractions of that time so at least one kill lands mid-import on a fast machine or a slow one.
        var clock = Stopwatch.StartNew();
        var timing = CliRunner.Run(temp.Path, "lists", "import", sdn, "--db", temp.File("timing.db"));
        TimeSpan whole = clock.Elapsed;
        Assert.True(timing.ExitCode == 0, timing.ToString());
        int killedWhileRunning = 0;
        foreach (double fraction in new[] { 0.4, 0.55, 0.7, 0.85 })
        {
            killedWhileRunning += KillAfter(temp.Path, whole * fraction, "lists", "import", sdn, "--db", db) ? 1 : 0;
            var afterKill = CliRunner.Run(temp.Path, "lists", "--db", db);
            Assert.True(afterKill.ExitCode == 0, afterKill.ToString());
            Assert.Equal(LineOf(before.Stdout, "un-sc"), LineOf(afterKill.Stdout, "un-sc"));
            // Either the previous state (no OFAC list) or the whole new list: never a part of it.
            string ofac = LineOf(afterKill.Stdout, "us-ofac-sdn");
            Assert.True(ofac.Length == 0 || ofac.Contains(" 14965 entries", StringComparison.Ordinal), ofac);
        }

        var rerun = CliRunner.Run(temp.Path, "lists", "import", sdn, "--db", db);
        var afterRerun = CliRunner.Run(temp.Path, "lists", "--db", db);

        Assert.True(killedWhileRunning > 0, "every import finished before its kill; the kills proved nothing");
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains("imported 14965 entries", rerun.Stdout + rerun.Stderr, StringComparison.Ordinal);
        Assert.True(afterRerun.ExitCode == 0, afterRerun.ToString());
        Assert.Equal(LineOf(before.Stdout, "un-sc"), LineOf(afterRerun.Stdout, "un-sc"));
        Assert.Contains(" 14965 entries", LineOf(afterRerun.Stdout, "us-ofac-sdn"), StringComparison.Ordinal);
    }

    /// <summary>Copies the five seeds and the first White House articles into a folder of <paramref name="temp"/>.</summary>
    private static string CopyInputs(TempFolder temp)
    {
        string input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        foreach (string file in Directory.GetFiles(SharedData.PathOf("corpus", "seeds")))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        foreach (string file in Directory.GetFiles(SharedData.PathOf("corpus", "whitehouse-dprk", "docs"))
                     .Order(StringComparer.Ordinal).Take(WhiteHouseFiles))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        return input;
    }

    /// <summary>Starts the command, kills it (SIGKILL) after <paramref name="delay"/>; true when it was still running.</summary>
    private static bool KillAfter(string workingDirectory, TimeSpan delay, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sanctionwatch.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("SANCTIONWATCH_DB");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (process.WaitForExit(delay))
        {
            return false;
        }

        // Process.Kill sends SIGKILL on Unix: no cleanup code in the command runs.
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }

    private static string LineOf(string listing, string list) =>
        listing.Split('\n').FirstOrDefault(l => l.StartsWith(list + " ", StringComparison.Ordinal)) ?? "";

    private static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    private static string WithoutTimestamp(JsonNode dossier)
    {
        var copy = dossier.DeepClone();
        copy.AsObject().Remove("generatedAt");
        return copy.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
