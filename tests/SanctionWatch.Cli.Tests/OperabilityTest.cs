using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary>What a tired operator meets: mistyped paths, read-only and full disks, undated lists; each gets one line and nothing half-done.</summary>
public sealed class OperabilityTest
{
    private const string Article = "Die EU hat am Montag Sanktionen gegen die russische Reederei Sovcomflot verhängt, teilte der Rat in Brüssel mit.";

    [Fact]
    public void ReadingCommands_StoreThatDoesNotExist_SayNoStoreAndCreateNothing()
    {
        using var temp = new TempFolder();
        foreach (var args in new[] { new[] { "dossier" }, ["report"], ["export"], ["lists"], ["screen", "Kim Jong Un"], ["worker", "--once"] })
        {
            var run = CliRunner.Run(temp.Path, [.. args, "--db", temp.File("typo.db")]);
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains($"no store at '{temp.File("typo.db")}'", run.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(temp.File("typo.db")), string.Join(' ', args) + " created the store");
        }
    }

    [Fact]
    public void Analyze_OutInAFolderThatDoesNotExist_FailsBeforeAnyWork()
    {
        using var temp = new TempFolder();
        string input = Input(temp);
        var run = CliRunner.Run(temp.Path, "analyze", input, "--db", temp.File("s.db"), "--out", temp.File("no/such/dir/d.json"));
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("does not exist; nothing was done", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.False(File.Exists(temp.File("s.db")), "the store was written although the output could never be");
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Analyze_EmptyFolder_CreatesNoStore()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("empty"));
        var run = CliRunner.Run(temp.Path, "analyze", temp.File("empty"), "--db", temp.File("s.db"));
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("no documents found", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "s.db*"));
    }

    [Fact]
    public void ReadOnlyStore_IsReadByReadingCommands_AndAWriteSaysItIsReadOnly()
    {
        using var temp = new TempFolder();
        string folder = temp.File("snapshot");
        Directory.CreateDirectory(folder);
        string db = Path.Combine(folder, "s.db");
        var analyze = CliRunner.Run(temp.Path, "analyze", Input(temp), "--db", db, "--out", temp.File("d.json"));
        Assert.True(analyze.ExitCode == 0, analyze.ToString());

        // Root ignores file modes; the immutable attribute binds root too, like a read-only mount.
        if (!Chattr("+i", db) || !Chattr("+i", folder))
        {
            Chattr("-i", db);
            Assert.Skip("chattr +i is not available here (not root, or a file system without attributes)");
        }

        try
        {
            var dossier = CliRunner.Run(temp.Path, "dossier", "--db", db);
            var lists = CliRunner.Run(temp.Path, "lists", "--db", db);
            var ingest = CliRunner.Run(temp.Path, "ingest", Input(temp, "more"), "--db", db);

            Assert.True(dossier.ExitCode == 0, dossier.ToString());
            Assert.Single(JsonNode.Parse(dossier.Stdout)!["documents"]!.AsArray());
            Assert.True(lists.ExitCode == 0, lists.ToString());
            Assert.True(ingest.ExitCode == 1, ingest.ToString());
            Assert.Equal("sanctionwatch: error: the store is read-only (a snapshot, a read-only file or mount): reading commands work on it; copy it somewhere writable to change it", ingest.Stderr.Trim());
        }
        finally
        {
            Chattr("-i", folder);
            Chattr("-i", db);
        }
    }

    [Fact]
    public void FullDisk_ListsImport_SaysTheDiskIsFullInOneLine()
    {
        using var temp = new TempFolder();
        string mount = temp.File("small");
        Directory.CreateDirectory(mount);
        if (!Run("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", mount))
        {
            Assert.Skip("cannot mount a small tmpfs here (needs root); OperatorErrors_InjectedSqliteFaults covers the message");
        }

        try
        {
            var import = CliRunner.Run(temp.Path, "lists", "import", SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml"), "--db", Path.Combine(mount, "s.db"));
            Assert.True(import.ExitCode == 1, import.ToString());
            Assert.Equal(
                "sanctionwatch: error: the disk holding the store is full: free some space (or move the store and pass --db) and run the command again; the store keeps its last complete state",
                import.Stderr.Trim());
        }
        finally
        {
            Run("umount", mount);
        }
    }

    [Theory]
    [InlineData(13, "the disk holding the store is full")]
    [InlineData(8, "the store is read-only")]
    [InlineData(5, "the store is locked by another sanctionwatch process")]
    [InlineData(26, "the store file is damaged or not a SanctionWatch store")]
    public void OperatorErrors_InjectedSqliteFaults_SayWhatAndWhatToDo(int code, string expected)
    {
        var fault = new Storage.StoreException("'x.db' is not a usable SanctionWatch store", new SqliteException("injected", code));
        Assert.StartsWith(expected, OperatorErrors.Describe(fault), StringComparison.Ordinal);
        Assert.StartsWith("the disk is full", OperatorErrors.Describe(new IOException("No space left on device : '/x'")), StringComparison.Ordinal);
        Assert.Null(OperatorErrors.Describe(new InvalidOperationException("other")));
    }

    [Fact]
    public void ListsImport_OfacCsvWithoutADate_SaysLoudlyWhichDateItUsed()
    {
        using var temp = new TempFolder();
        string sdn = temp.File("sdn.csv");
        File.Copy(SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv"), sdn);
        File.SetLastWriteTimeUtc(sdn, new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc));
        var undated = CliRunner.Run(temp.Path, "lists", "import", sdn, "--db", temp.File("a.db"));
        var dated = CliRunner.Run(temp.Path, "lists", "import", sdn, "--db", temp.File("b.db"), "--list-date", "2024-05-03");

        Assert.True(undated.ExitCode == 0, undated.ToString());
        Assert.Contains("sdn.csv carries no list date; dated 2026-03-09 from the file's modification time", undated.Stderr, StringComparison.Ordinal);
        Assert.Contains("--list-date yyyy-MM-dd", undated.Stderr, StringComparison.Ordinal);
        Assert.True(dated.ExitCode == 0, dated.ToString());
        Assert.DoesNotContain("carries no list date", dated.Stderr, StringComparison.Ordinal);
    }

    private static string Input(TempFolder temp, string name = "in")
    {
        string folder = temp.File(name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".txt"), Article + " " + name.ToUpperInvariant());
        return folder;
    }

    private static bool Chattr(string flag, string path) => Run("chattr", flag, path);

    private static bool Run(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            args.ToList().ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start)!;
            process.WaitForExit(30_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
