using System.Diagnostics;
using System.Text;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Ingest.Tests;

/// <summary>
/// Bounded fuzzing of every reader: random bytes and mutated real and hand-written inputs must give documents or
/// one-line warnings, never an exception and never a hang.
/// </summary>
public sealed class FuzzTest : IDisposable
{
    private const int CasesPerSample = 100;
    private const int RandomCases = 100;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TotalLimit = TimeSpan.FromSeconds(20);

    private static readonly (string Extension, string Text)[] Samples =
    [
        (".rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Feed</title>
            <item><title>Kim meets Putin</title><link>https://example.org/a</link><pubDate>Wed, 13 Sep 2023 10:00:00 GMT</pubDate>
            <description><![CDATA[<p>Kim Jong Un met Vladimir Putin at Vostochny.</p>]]></description></item>
            <item><title>Second</title><description>Shipments of shells &amp; rockets.</description></item>
            </channel></rss>
            """),
        (".atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
            <entry><title>Sanctions</title><updated>2024-03-01T00:00:00Z</updated><link href="https://example.org/b"/>
            <content type="html">&lt;p&gt;The UN panel of experts reported transfers.&lt;/p&gt;</content></entry>
            </feed>
            """),
        (".html", """
            <!DOCTYPE html><html lang="de"><head><title>Artikel</title><script>alert(1)</script>
            <meta property="article:published_time" content="2023-09-14"></head>
            <body onload="x()"><article><h1>Treffen</h1><p>Kim Jong Un traf Wladimir Putin.</p><style>p{}</style>
            <p>Nordkorea liefert Artilleriegranaten.</p></article></body></html>
            """),
        (".jsonl", """
            {"title": "One", "text": "Russia received shells from North Korea.", "published": "2024-01-02", "url": "https://example.org/1"}
            {"title": "Two", "text": "Der Hafen Rajin wurde genutzt.", "language": "de"}
            """),
        (".md", """
            ---
            title: "Bericht"
            published: 2023-10-01
            ---
            # Bericht

            Die **Lieferungen** laufen über [Rajin](https://example.org).
            """),
        (".txt", "Kim Jong Un met Vladimir Putin. They discussed arms deliveries.\n\nA second paragraph follows."),
    ];

    private readonly TempFolder _folder = new();
    private readonly DocumentLoader _loader = new();

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Load_MutatedAndRandomInputs_GivesOnlyDocumentsAndOneLineWarnings()
    {
        var inputs = new List<(string Extension, byte[] Bytes)>();
        var mutator = new Mutator(20261122);
        var samples = Samples.Select(s => (s.Extension, Bytes: Encoding.UTF8.GetBytes(s.Text))).ToList();
        if (SharedData.Folder is not null)
        {
            samples.AddRange(Directory.GetFiles(SharedData.PathOf("corpus", "seeds"))
                .Where(f => _loader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetExtension(f), File.ReadAllBytes(f))));
        }

        foreach (var (extension, bytes) in samples)
        {
            for (int i = 0; i < CasesPerSample; i++)
            {
                inputs.Add((extension, mutator.Mutate(bytes)));
            }
        }

        var extensions = _loader.Extensions.Order(StringComparer.Ordinal).ToArray();
        for (int i = 0; i < RandomCases; i++)
        {
            inputs.Add((extensions[i % extensions.Length], mutator.RandomBytes(4096)));
        }

        var total = Stopwatch.StartNew();
        int documents = 0;
        for (int i = 0; i < inputs.Count; i++)
        {
            var (extension, bytes) = inputs[i];
            string path = _folder.File($"case{i:D4}{extension}");
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
            var warnings = new List<IngestWarning>();
            var run = Task.Run(() => _loader.Load([path], warnings.Add).Count(), TestContext.Current.CancellationToken);
            var finished = await Task.WhenAny(run, Task.Delay(CaseLimit, TestContext.Current.CancellationToken));
            Assert.True(finished == run, $"case {i} ({extension}) did not finish in {CaseLimit.TotalSeconds} s");
            documents += await run;
            Assert.All(warnings, w => Assert.DoesNotContain('\n', w.ToString()));
            File.Delete(path);
        }

        Assert.True(total.Elapsed < TotalLimit, $"{inputs.Count} cases took {total.Elapsed.TotalSeconds:0.0} s");
        // Mutations are mostly small: a fuzzer that only ever produced unreadable files would test nothing.
        Assert.True(documents > inputs.Count / 4, $"only {documents} documents from {inputs.Count} cases");
    }
}
