using SanctionWatch.Assessment.Dossiers;
using SanctionWatch.Assessment.Findings;
using SanctionWatch.Assessment.Reviews;
using SanctionWatch.Assessment.Sources;
using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Application;

/// <summary>Makes the dossier of stored, analysed documents.</summary>
public sealed class DossierService
{
    private readonly IDocumentStore _store;
    private readonly DossierBuilder _builder;
    private readonly FindingRules _rules;
    private readonly ScreeningIndex? _lists;
    private readonly IReadOnlyList<ReviewDecision> _decisions;

    /// <summary>Creates the service.</summary>
    /// <param name="store">The document store.</param>
    /// <param name="data">The reference data (the gazetteer entities are resolved with, the measures findings are assessed against).</param>
    /// <param name="clock">The clock for <c>generatedAt</c>.</param>
    /// <param name="lists">The loaded sanctions lists, to link entities to; null for none.</param>
    /// <param name="decisions">The analysts' decisions (see <see cref="ReviewApplier"/>), applied after building; null for none.</param>
    public DossierService(IDocumentStore store, ReferenceData data, TimeProvider? clock = null, ScreeningIndex? lists = null, IReadOnlyList<ReviewDecision>? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        _store = store;
        _builder = new DossierBuilder(data.Gazetteer, data.Measures, clock, lists);
        _rules = new FindingRules(data.Measures);
        _lists = lists;
        _decisions = decisions ?? [];
    }

    /// <summary>The dossier of <paramref name="documentIds"/>, or of every stored document when null.</summary>
    /// <exception cref="InvalidOperationException">A document has not been analysed yet.</exception>
    public Dossier Build(IReadOnlyCollection<string>? documentIds = null)
    {
        var loaded = _store.Load(documentIds);
        var pending = loaded.Count(d => d.Analysis is null);
        if (pending > 0)
        {
            throw new InvalidOperationException($"{pending} stored document(s) are not analysed yet; run 'sanctionwatch worker --once' first");
        }

        return Build(loaded.Select(d => (d.Document, d.Analysis!)).ToList(), clusterStories: true);
    }

    /// <summary>The dossier of documents already loaded and analysed; stories only when <paramref name="clusterStories"/>.</summary>
    public Dossier Build(IReadOnlyList<(Document Document, DocumentAnalysis Analysis)> analysed, bool clusterStories)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var dossier = _builder.Build(analysed, clusterStories);
        if (_decisions.Count == 0)
        {
            return dossier;
        }

        // Decisions are applied as a separate step so the builder stays a pure function of the documents and lists.
        var entries = _lists?.Entities.DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var applier = new ReviewApplier(_rules, id => entries?.GetValueOrDefault(id));
        return applier.Apply(dossier, _decisions, SourceGroups.Assign(analysed.Select(d => d.Document)));
    }
}
