using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Application;
using SanctionWatch.Assessment.Dossiers;
using SanctionWatch.Ingest;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;

namespace SanctionWatch.Cli.Tests.Findings;

/// <summary>The whole pipeline in process: articles in, dossier out, no store.</summary>
internal static class PipelineRun
{
    private static readonly ReferenceData Data = new();
    private static readonly DocumentAnalyzer Analyzer = DocumentAnalyzer.CreateStandard(Data.Gazetteer);

    public static Document Create(string source, string language, string? date, string text)
    {
        var document = DocumentFactory.Create(new RawDocument(source, null, date, text, null), Data.Languages);
        Assert.Equal(language, document.Language);
        return document;
    }

    public static Dossier Build(IEnumerable<Document> documents) =>
        new DossierBuilder(Data.Gazetteer, Data.Measures).Build(documents.Select(d => (d, Analyzer.Analyze(d))).ToList());
}
