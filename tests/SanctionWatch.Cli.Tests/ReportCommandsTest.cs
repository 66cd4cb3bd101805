using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class ReportCommandsTest
{
    [Fact]
    public void Report_SeedsAnalysed_EveryFindingPresentAndEveryFootnoteQuotesItsSentence()
    {
        using var temp = new TempFolder();
        string db = Prepare(temp);
        var dossier = JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!;

        var result = CliRunner.Run(temp.Path, "report", "--db", db, "--format", "md");

        Assert.True(result.ExitCode == 0, result.ToString());
        string md = result.Stdout;
        Assert.Equal(dossier["findings"]!.AsArray().Count, Regex.Count(md, "^### ", RegexOptions.Multiline));
        var references = Regex.Matches(md, @"\[\^(\d+)\](?!:)").Select(m => m.Groups[1].Value).ToHashSet();
        var definitions = Regex.Matches(md, @"^\[\^(\d+)\]: “(.+)” — .+\((doc:[0-9a-f]+)", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (Sentence: m.Groups[2].Value, Document: m.Groups[3].Value));
        Assert.NotEmpty(references);
        var texts = Directory.GetFiles(SharedData.PathOf("corpus", "seeds")).Select(File.ReadAllText).Select(t => Regex.Replace(t, @"\s+", " ")).ToList();
        foreach (string n in references)
        {
            Assert.True(definitions.ContainsKey(n), $"footnote {n} has no source");
            string sentence = definitions[n].Sentence.Replace("\\_", "_", StringComparison.Ordinal);
            Assert.Contains(texts, t => t.Contains(sentence, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Report_Html_EscapesAndLinksFootnotes()
    {
        using var temp = new TempFolder();
        string db = Prepare(temp);

        var result = CliRunner.Run(temp.Path, "report", "--db", db, "--format", "html", "--out", temp.File("r.html"));

        Assert.True(result.ExitCode == 0, result.ToString());
        string html = File.ReadAllText(temp.File("r.html"));
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Contains("<sup><a href=\"#fn1\">1</a></sup>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fn1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Export_Ftm_WritesEntitiesAndMentionsThatResolve()
    {
        using var temp = new TempFolder();
        string db = Prepare(temp);

        var result = CliRunner.Run(temp.Path, "export", "--format", "ftm", "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var ids = lines.Select(l => (string)l["id"]!).ToHashSet();
        Assert.Equal(lines.Count, ids.Count);
        var schemas = lines.Select(l => (string)l["schema"]!).ToHashSet();
        Assert.Contains("Person", schemas);
        Assert.Contains("Mention", schemas);
        Assert.Contains("PlainText", schemas);
        foreach (var mention in lines.Where(l => (string)l["schema"]! == "Mention"))
        {
            Assert.Contains((string)mention["properties"]!["resolved"]![0]!, ids);
            Assert.Contains((string)mention["properties"]!["document"]![0]!, ids);
        }
    }

    [Fact]
    public void Report_UnknownFormat_IsAUsageError()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "report", "--format", "pdf", "--db", temp.File("s.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    private static string Prepare(TempFolder temp)
    {
        string un = SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml");
        string sdn = SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv");
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "lists", "import", un, sdn, "--db", db).ExitCode);
        var analyze = CliRunner.Run(temp.Path, "analyze", SharedData.PathOf("corpus", "seeds"), "--db", db, "--out", temp.File("d.json"));
        Assert.True(analyze.ExitCode == 0, analyze.ToString());
        return db;
    }
}
