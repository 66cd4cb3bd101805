using System.Globalization;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Application;
using SanctionWatch.Ingest;
using SanctionWatch.Model.Documents;
using SanctionWatch.Storage.Sqlite;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary>The parallel parts of ingestion and the streaming worker (issue 10) keep order and lose nothing.</summary>
public sealed class AnalysisPipelineTest
{
    // Enough documents for several worker batches (32 each) and of very different lengths, so that cores finish out of order.
    private const int Documents = 75;

    // Loaded once for this class's tests (a fixture, not product state).
    private static readonly ReferenceData Data = new();

    [Fact]
    public void Ingest_ManyFiles_GivesTheSameIdsInTheSameOrderAsOneThread()
    {
        using var temp = new TempFolder();
        WriteArticles(temp);
        var expected = new DocumentLoader().Load([temp.Path], _ => { }).Select(raw => DocumentFactory.Create(raw, Data.Languages)).Select(d => d.Id).ToList();
        using var store = SqliteDocumentStore.Open(temp.File("store.db"));
        var seen = new List<string>();

        var summary = new IngestService(store, Data).Ingest([temp.Path], _ => { }, read: d => seen.Add(d.Id));

        Assert.Equal(expected, summary.DocumentIds);
        Assert.Equal(expected, seen);
        Assert.Equal(Documents, summary.Added);
    }

    [Fact]
    public void RunUntilIdle_SeveralBatchesOfUnevenDocuments_AnalysesEachOnceAndEmptiesTheQueue()
    {
        using var temp = new TempFolder();
        WriteArticles(temp);
        using var store = SqliteDocumentStore.Open(temp.File("store.db"));
        var summary = new IngestService(store, Data).Ingest([temp.Path], _ => { });

        int done = new AnalysisWorker(store, DocumentAnalyzer.CreateStandard(Data.Gazetteer)) { BatchSize = 8 }.RunUntilIdle(waitForLeases: true, cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(Documents, done);
        var status = store.Status();
        Assert.Equal(0, status.Queued + status.Leased + status.Expired);
        var loaded = store.Load(summary.DocumentIds);
        Assert.Equal(Documents, loaded.Count);
        Assert.All(loaded, d => Assert.NotNull(d.Analysis));
        // The same analysis as one thread on its own: parallel analysis must not change a result.
        var single = DocumentAnalyzer.CreateStandard(Data.Gazetteer);
        var sample = loaded[Documents / 2];
        Assert.Equal(single.Analyze(sample.Document).Mentions, sample.Analysis!.Mentions);
    }

    private static void WriteArticles(TempFolder temp)
    {
        for (int i = 0; i < Documents; i++)
        {
            // Lengths from one sentence to several hundred; German and English, so both taggers load.
            string sentence = i % 2 == 0
                ? $"Wladimir Putin traf Kim Jong Un am {1 + (i % 28)}. März in Pjöngjang, berichtete die Agentur. "
                : $"North Korea shipped {100 + i} containers of artillery shells to Russia, officials in Seoul said. ";
            string text = string.Concat(Enumerable.Repeat(sentence, 1 + (i * i % 400)));
            File.WriteAllText(temp.File(string.Create(CultureInfo.InvariantCulture, $"{i:D3}.txt")), $"Artikel {i}\n\n{text}\n");
        }
    }
}
