using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Model.Ids;

namespace SanctionWatch.Assessment.Dossiers;

/// <summary>
/// Builds the dossier from analysed documents: resolves mentions into entities across documents and
/// groups documents into stories. A deterministic function of its input, whatever the order documents
/// were analysed in; only <c>generatedAt</c> depends on the clock.
/// </summary>
public sealed class DossierBuilder
{
    private readonly TimeProvider _clock;
    private readonly ListingLinker? _listings;

    /// <summary>Creates the builder.</summary>
    /// <param name="clock">The clock for <c>generatedAt</c>.</param>
    /// <param name="lists">The loaded sanctions lists to link entities to, or null for none.</param>
    public DossierBuilder(TimeProvider? clock = null, ScreeningIndex? lists = null)
    {
        _clock = clock ?? TimeProvider.System;
        _listings = lists is null ? null : new ListingLinker(lists);
    }

    /// <summary>Builds the dossier of <paramref name="documents"/>.</summary>
    public Dossier Build(IEnumerable<(Document Document, DocumentAnalysis Analysis)> documents)
    {
        var ordered = documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal).ToList();
        var dossierDocuments = ordered
            .Select(d => new DossierDocument(
                d.Document.Id,
                d.Document.Source,
                d.Document.Title,
                d.Document.Language,
                d.Document.Published,
                d.Document.Text.Length,
                d.Analysis.Sentences.Count))
            .ToList();

        var entities = ResolveEntities(ordered);
        var stories = ordered
            .Select(d => new Story(
                ContentId.Of("sto", d.Document.Id),
                d.Document.Title ?? d.Document.Source,
                [d.Document.Id]))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();

        return new Dossier(
            Dossier.CurrentSchemaVersion,
            _clock.GetUtcNow(),
            dossierDocuments,
            entities,
            [],
            [],
            [],
            stories);
    }

    private List<DossierEntity> ResolveEntities(List<(Document Document, DocumentAnalysis Analysis)> documents)
    {
        var resolution = new EntityResolver(KnownPeople.Value).Resolve(documents);
        return resolution.Entities
            .Select(e => new DossierEntity(
                e.Id,
                e.Schema,
                e.Name,
                e.Aliases,
                e.Country,
                e.Mentions
                    .Select(m => new EvidenceSpan(m.Document, m.Mention.Start, m.Mention.End, m.Mention.Text))
                    .OrderBy(s => s.Document, StringComparer.Ordinal)
                    .ThenBy(s => s.Start)
                    .ToList(),
                _listings?.Link(e) ?? []))
            .ToList();
    }

    private static readonly Lazy<IReadOnlyDictionary<string, string>> KnownPeople = new(() =>
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in PlaceGazetteer.People)
        {
            foreach (string name in entry.Names)
            {
                known.TryAdd(NameKey.Of(name), entry.Key);
            }
        }

        return known;
    });
}
