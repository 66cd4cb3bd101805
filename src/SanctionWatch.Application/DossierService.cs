using SanctionWatch.Assessment.Dossiers;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Storage.Documents;

namespace SanctionWatch.Application;

/// <summary>Makes the dossier of stored, analysed documents.</summary>
public sealed class DossierService
{
    private readonly IDocumentStore _store;
    private readonly DossierBuilder _builder;

    /// <summary>Creates the service.</summary>
    /// <param name="store">The document store.</param>
    /// <param name="clock">The clock for <c>generatedAt</c>.</param>
    /// <param name="lists">The loaded sanctions lists, to link entities to; null for none.</param>
    public DossierService(IDocumentStore store, TimeProvider? clock = null, ScreeningIndex? lists = null)
    {
        _store = store;
        _builder = new DossierBuilder(clock, lists);
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

        return _builder.Build(loaded.Select(d => (d.Document, d.Analysis!)));
    }
}
