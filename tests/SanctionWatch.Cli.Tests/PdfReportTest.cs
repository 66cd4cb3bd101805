using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using SanctionWatch.Ingest.Tests.Support;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class PdfReportTest
{
    [Fact]
    public void Analyze_PdfReport_EvidenceCitesItsPageAndParagraphInDossierReportAndExport()
    {
        using var temp = new TempFolder();
        var pdf = new TestPdf().Info("Final report of the Panel of Experts (S/2024/215)", "Panel of Experts", "D:20240307")
            .Page()
            .Text(72, 800, "S/2024/215", 9)
            .Lines(72, 740, 14.4, 12, "1. The Panel met in New York and in Geneva.")
            .Text(290, 40, "1", 9)
            .Page()
            .Text(72, 800, "S/2024/215", 9)
            .Lines(72, 740, 14.4, 12, "44. The Panel continued its investigations.")
            .Lines(72, 700, 14.4, 12, "45. In March 2024, North Korea delivered artillery", "shells to Russia through the port of Rajin.")
            .Text(290, 40, "2", 9)
            .Build();
        File.WriteAllBytes(temp.File("report.pdf"), pdf);

        var result = CliRunner.Run(temp.Path, "analyze", "report.pdf", "--db", temp.File("s.db"), "--out", temp.File("d.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var dossier = JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!;
        var transfer = dossier["events"]!.AsArray().Single(e => (string?)e!["type"] == "TRANSFER")!;
        var evidence = transfer["evidence"]!.AsArray().Single()!;
        Assert.StartsWith("In March 2024, North Korea delivered artillery shells to Russia", (string?)evidence["text"], StringComparison.Ordinal);
        Assert.Equal(2, (int?)evidence["page"]);
        Assert.Equal("45", (string?)evidence["paragraph"]);
        var korea = dossier["entities"]!.AsArray().Single(e => (string?)e!["country"] == "kp" && (string?)e!["schema"] == "Country")!;
        Assert.All(korea["mentions"]!.AsArray(), m => Assert.Equal(2, (int?)m!["page"]));

        var report = CliRunner.Run(temp.Path, "report", "--db", temp.File("s.db"), "--format", "md");
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("S/2024/215, para. 45, p. 2", report.Stdout, StringComparison.Ordinal);

        var export = CliRunner.Run(temp.Path, "export", "--format", "ftm", "--db", temp.File("s.db"));
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("S/2024/215, para. 45, p. 2", export.Stdout, StringComparison.Ordinal);

        // The workbench's finding page cites the page beside the highlighted sentence.
        string finding = (string)dossier["findings"]!.AsArray().First(f => (string?)f!["measure"] == "arms-export")!["id"]!;
        string html = Workbench(temp, "findings/" + Uri.EscapeDataString(finding));
        Assert.Contains("S/2024/215, para. 45, p. 2", html, StringComparison.Ordinal);
        Assert.Contains("<mark", html, StringComparison.Ordinal);
    }

    // GETs one page from `sanctionwatch serve` over the store in temp, started on a free loopback port and stopped after.
    private static string Workbench(TempFolder temp, string path)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = temp.Path };
        foreach (string a in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "sanctionwatch.dll"), "serve", "--db", temp.File("s.db"), "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(a);
        }

        using var server = Process.Start(start)!;
        server.BeginErrorReadLine();
        server.BeginOutputReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
            for (int i = 0; i < 150 && !server.HasExited; i++)
            {
                try
                {
                    using var answer = http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken).GetAwaiter().GetResult();
                    string body = answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
                    if (answer.StatusCode == HttpStatusCode.OK)
                    {
                        return body;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                Thread.Sleep(200);
            }

            Assert.Fail("the workbench did not answer " + path);
            return "";
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit(5000);
        }
    }

    [Fact]
    public void Analyze_TruncatedPdf_SkipsItWithOneLineAndExitThree()
    {
        using var temp = new TempFolder();
        var pdf = new TestPdf().Page().Lines(72, 740, 14.4, 12, "North Korea delivered shells to Russia.").Build();
        File.WriteAllBytes(temp.File("cut.pdf"), pdf[..(pdf.Length / 2)]);
        File.WriteAllText(temp.File("note.txt"), "North Korea delivered shells to Russia.");

        var result = CliRunner.Run(temp.Path, "analyze", "cut.pdf", "note.txt", "--db", temp.File("s.db"), "--out", temp.File("d.json"));

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("cut.pdf: truncated PDF (no end-of-file marker); skipped", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!["documents"]!.AsArray());
    }
}
