using System.Net;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class WatchCommandsTest
{
    private static string Seed(string prefix) =>
        Directory.GetFiles(SharedData.PathOf("corpus", "seeds"), prefix + "_*.txt").Single();

    private static JsonArray Alerts(string folder, string db, params string[] options)
    {
        var result = CliRunner.Run(folder, ["alerts", "--json", "--db", db, .. options]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Stdout)!.AsArray();
    }

    private static string AnalyzeOne(string folder, string db, string seed)
    {
        string output = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".json");
        var result = CliRunner.Run(folder, "analyze", seed, "--db", db, "--out", output);
        Assert.True(result.ExitCode == 0, result.ToString());
        return (string)JsonNode.Parse(File.ReadAllText(output))!["documents"]![0]!["id"]!;
    }

    [Fact]
    public void Alerts_WatchesAddedBeforeANewArticle_FireOnceForTheNewArticleOnly()
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        var analyze = CliRunner.Run(temp.Path, "analyze", Seed("000"), Seed("001"), "--db", db, "--out", temp.File("d0.json"));
        Assert.True(analyze.ExitCode == 0, analyze.ToString());
        var known = JsonNode.Parse(File.ReadAllText(temp.File("d0.json")))!["documents"]!.AsArray().Select(d => (string)d!["id"]!).ToHashSet();

        var peskov = CliRunner.Run(temp.Path, "watch", "add", "entity", "Dmitry Peskov", "--db", db);
        var kim = CliRunner.Run(temp.Path, "watch", "add", "entity", "Kim Jong Un", "--db", db);
        Assert.True(peskov.ExitCode == 0, peskov.ToString());
        Assert.True(kim.ExitCode == 0, kim.ToString());
        Assert.Contains("Kim Jong Un (ent:", kim.Stdout, StringComparison.Ordinal); // resolved to the dossier's entity
        Assert.Empty(Alerts(temp.Path, db)); // adding a watch does not alert on what is already known

        string added = AnalyzeOne(temp.Path, db, Seed("003"));
        var alerts = Alerts(temp.Path, db);

        Assert.NotEmpty(alerts);
        Assert.All(alerts, a => Assert.DoesNotContain((string?)a!["document"] ?? "", known));
        var peskovEvidence = Assert.Single(alerts, a => (string)a!["watch"]!["value"]! == "Dmitry Peskov" && (string)a["kind"]! == "evidence");
        Assert.Equal(added, (string)peskovEvidence!["document"]!);
        Assert.True((int)peskovEvidence["start"]! < (int)peskovEvidence["end"]!);
        Assert.Contains("Peskov", (string)peskovEvidence["message"]!, StringComparison.Ordinal);
        Assert.Contains(alerts, a => (string)a!["watch"]!["value"]! == "Kim Jong Un" && (string)a["document"]! == added);

        AnalyzeOne(temp.Path, db, Seed("003"));
        Assert.Equal(alerts.Count, Alerts(temp.Path, db).Count); // nothing new the second time

        var ack = CliRunner.Run(temp.Path, "alerts", "ack", "--all", "--db", db);
        Assert.True(ack.ExitCode == 0, ack.ToString());
        Assert.Empty(Alerts(temp.Path, db, "--unread"));
        Assert.Equal(alerts.Count, Alerts(temp.Path, db).Count);
    }

    [Fact]
    public void WatchAdd_MeasureWithBackfill_AlertsOnExistingFindingsOfThatMeasureOnly()
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "analyze", Seed("003"), "--db", db, "--out", temp.File("d.json")).ExitCode);
        var findings = JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!["findings"]!.AsArray()
            .Where(f => (string)f!["measure"]! == "arms-export").Select(f => (string)f!["id"]!).ToHashSet();

        var add = CliRunner.Run(temp.Path, "watch", "add", "measure", "arms-export", "--backfill", "--db", db);

        Assert.True(add.ExitCode == 0, add.ToString());
        var alerts = Alerts(temp.Path, db);
        Assert.Equal(findings.Count, alerts.Count);
        Assert.All(alerts, a => Assert.Equal("finding", (string)a!["kind"]!));
        Assert.Equal(findings, alerts.Select(a => (string)a!["subjects"]![0]!).ToHashSet());
    }

    [Fact]
    public void Watch_BadKindCountryOrMeasure_IsAUsageErrorAndListRemoveWork()
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");

        Assert.Equal(2, CliRunner.Run(temp.Path, "watch", "add", "planet", "Mars", "--db", db).ExitCode);
        var country = CliRunner.Run(temp.Path, "watch", "add", "country", "Russia", "--db", db);
        Assert.Equal(2, country.ExitCode);
        Assert.Contains("ISO 3166-1", country.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run(temp.Path, "watch", "add", "measure", "chocolate", "--db", db).ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, "watch", "add", "country", "RU", "--db", db).ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, "watch", "add", "vessel", "IMO 9179842", "--db", db).ExitCode);

        var list = JsonNode.Parse(CliRunner.Run(temp.Path, "watch", "list", "--json", "--db", db).Stdout)!.AsArray();
        Assert.Equal([("country", "ru"), ("vessel", "IMO 9179842")], list.Select(w => ((string)w!["kind"]!, (string)w["value"]!)));

        Assert.Equal(0, CliRunner.Run(temp.Path, "watch", "remove", ((long)list[0]!["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db).ExitCode);
        Assert.Equal(1, CliRunner.Run(temp.Path, "watch", "remove", "999", "--db", db).ExitCode);
        Assert.Single(JsonNode.Parse(CliRunner.Run(temp.Path, "watch", "list", "--json", "--db", db).Stdout)!.AsArray());
    }

    [Fact]
    public void Webhook_Configured_PostsEachNewAlertAndAFailingOneKeepsTheAlerts()
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "analyze", Seed("000"), "--db", db, "--out", temp.File("d.json")).ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, "watch", "add", "country", "ru", "--db", db).ExitCode);
        using var hook = new LoopbackHttpServer(_ => new LoopbackResponse(204));
        Assert.Equal(0, CliRunner.Run(temp.Path, "watch", "webhook", new Uri(hook.Address, "hook").ToString(), "--db", db).ExitCode);

        string added = AnalyzeOne(temp.Path, db, Seed("004"));

        var alerts = Alerts(temp.Path, db);
        Assert.NotEmpty(alerts);
        var posts = hook.Requests.ToList();
        Assert.Equal(alerts.Count, posts.Count);
        Assert.All(posts, p => Assert.Equal("POST", p.Method));
        var bodies = posts.Select(p => JsonNode.Parse(p.Body)!).ToList();
        Assert.Equal(alerts.Select(a => (long)a!["id"]!).Order(), bodies.Select(b => (long)b["id"]!).Order());
        Assert.Contains(bodies, b => (string?)b["document"] == added && (string)b["watch"]!["value"]! == "ru");

        // A webhook that does not answer: a one-line warning, the command succeeds, the alerts are kept.
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        Assert.Equal(0, CliRunner.Run(temp.Path, "watch", "webhook", $"http://127.0.0.1:{closedPort}/hook", "--db", db).ExitCode);
        var output = temp.File("d2.json");
        var failing = CliRunner.Run(temp.Path, "analyze", Seed("002"), "--db", db, "--out", output);
        Assert.True(failing.ExitCode == 0, failing.ToString());
        Assert.Contains("warning: webhook", failing.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failing.Stderr, StringComparison.Ordinal);
        string third = (string)JsonNode.Parse(File.ReadAllText(output))!["documents"]![0]!["id"]!;
        Assert.Contains(Alerts(temp.Path, db), a => (string?)a!["document"] == third);
    }
}
