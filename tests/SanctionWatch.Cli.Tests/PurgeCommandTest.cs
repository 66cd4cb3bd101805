using System.Text;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class PurgeCommandTest
{
    private const string Marker = "Vexolarimund";

    // Shares entities with the seeds (Kim Jong Un, Putin, Russia), so purging it must change their mentions back.
    private const string Sensitive = $"""
        Kim Jong Un und Wladimir Putin trafen sich in Wladiwostok. Nordkorea lieferte nach Angaben des Informanten {Marker}
        Artilleriegranaten an Russland. {Marker} sagte: "Die Lieferung kam im Juni an."
        """;

    [Fact]
    public void Purge_AnalysedDocument_DossierEqualsAStoreThatNeverHadItAndTheTextIsGoneFromTheFile()
    {
        string seeds = SharedData.PathOf("corpus", "seeds");
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("sensitive.txt"), Sensitive);
        string purged = temp.File("purged.db");
        string clean = temp.File("clean.db");
        // A watch on North Korea raises alerts about the article, which quote its title: they must go with it.
        var watch = CliRunner.Run(temp.Path, "watch", "add", "country", "kp", "--db", purged);
        Assert.True(watch.ExitCode == 0, watch.ToString());
        var withSecret = CliRunner.Run(temp.Path, "analyze", seeds, temp.File("sensitive.txt"), "--db", purged, "--out", temp.File("before.json"));
        Assert.True(withSecret.ExitCode == 0, withSecret.ToString());
        var before = JsonNode.Parse(File.ReadAllText(temp.File("before.json")))!;
        string id = before["documents"]!.AsArray().Single(d => (string)d!["source"]! == "sensitive.txt")!["id"]!.GetValue<string>();
        Assert.True(FileContains(purged, Marker));

        Assert.Contains(id, CliRunner.Run(temp.Path, "alerts", "--json", "--db", purged).Stdout, StringComparison.Ordinal);

        var purge = CliRunner.Run(temp.Path, "purge", id, "--db", purged);
        Assert.True(purge.ExitCode == 0, purge.ToString());
        Assert.DoesNotContain(id, CliRunner.Run(temp.Path, "alerts", "--json", "--db", purged).Stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(temp.Path, "analyze", seeds, "--db", clean, "--out", temp.File("clean-analyze.json")).ExitCode);
        var after = CliRunner.Run(temp.Path, "dossier", "--db", purged, "--out", temp.File("after.json"));
        var never = CliRunner.Run(temp.Path, "dossier", "--db", clean, "--out", temp.File("never.json"));

        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.True(never.ExitCode == 0, never.ToString());
        string afterJson = WithoutGeneratedAt(temp.File("after.json"));
        Assert.Equal(WithoutGeneratedAt(temp.File("never.json")), afterJson);
        Assert.DoesNotContain(Marker, afterJson, StringComparison.Ordinal);
        Assert.NotEqual(WithoutGeneratedAt(temp.File("before.json")), afterJson);
        Assert.False(FileContains(purged, Marker));
        Assert.False(FileContains(purged, Marker.ToLowerInvariant()));
    }

    [Fact]
    public void Purge_UnknownId_OneLineErrorAndExitCodeOne()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("a.txt"), "Kim Jong Un besuchte Moskau.");
        Assert.Equal(0, CliRunner.Run(temp.Path, "ingest", temp.File("a.txt"), "--db", temp.File("s.db")).ExitCode);

        var result = CliRunner.Run(temp.Path, "purge", "doc:0000000000000000", "--db", temp.File("s.db"));

        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Contains("doc:0000000000000000", line, StringComparison.Ordinal);
    }

    private static string WithoutGeneratedAt(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        node.Remove("generatedAt");
        return node.ToJsonString();
    }

    private static bool FileContains(string path, string text)
    {
        byte[] needle = Encoding.UTF8.GetBytes(text);
        return new[] { path, path + "-wal" }.Where(File.Exists).Any(p => File.ReadAllBytes(p).AsSpan().IndexOf(needle) >= 0);
    }
}
