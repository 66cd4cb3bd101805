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

    /// <summary>Creates the builder.</summary>
    public DossierBuilder(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

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

    // Mentions with a gazetteer key are one entity per key; others are one entity per schema and name.
    private static List<DossierEntity> ResolveEntities(List<(Document Document, DocumentAnalysis Analysis)> documents)
    {
        var groups = new Dictionary<string, List<(string DocumentId, Mention Mention)>>(StringComparer.Ordinal);
        foreach (var (document, analysis) in documents)
        {
            foreach (var mention in analysis.Mentions)
            {
                string key = mention.Key ?? mention.Schema + ":" + mention.Name;
                if (!groups.TryGetValue(key, out var list))
                {
                    list = [];
                    groups[key] = list;
                }

                list.Add((document.Id, mention));
            }
        }

        var entities = new List<DossierEntity>(groups.Count);
        foreach (var (key, mentions) in groups)
        {
            var first = mentions[0].Mention;
            string name = first.Name;
            var aliases = mentions
                .Select(m => m.Mention.Text)
                .Where(t => !string.Equals(t, name, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            var spans = mentions
                .Select(m => new EvidenceSpan(m.DocumentId, m.Mention.Start, m.Mention.End, m.Mention.Text))
                .OrderBy(s => s.Document, StringComparer.Ordinal)
                .ThenBy(s => s.Start)
                .ToList();
            entities.Add(new DossierEntity(ContentId.Of("ent", key), first.Schema, name, aliases, first.Country, spans, []));
        }

        entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return entities;
    }
}
