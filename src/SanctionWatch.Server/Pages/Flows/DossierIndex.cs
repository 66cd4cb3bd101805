using DossierModel = SanctionWatch.Model.Dossier.Dossier;

namespace SanctionWatch.Server.Pages.Flows;

/// <summary>
/// A dossier indexed once per snapshot for the workbench pages: entities, documents, stories and events by id,
/// the denials and conflicts of each event, and the independent-source count of any set of events.
/// </summary>
public sealed class DossierIndex
{
    private readonly Dictionary<string, DossierEntity> _entities;
    private readonly Dictionary<string, DossierDocument> _documents;
    private readonly Dictionary<string, Story> _storyOf;
    private readonly Dictionary<string, DossierEvent> _events;
    private readonly Dictionary<string, List<DossierEvent>> _against;
    private readonly IReadOnlyDictionary<string, string> _sourceOf;

    /// <summary>Indexes <paramref name="dossier"/>; <paramref name="sourceOf"/> gives each document's source key.</summary>
    public DossierIndex(DossierModel dossier, IReadOnlyDictionary<string, string> sourceOf)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        Dossier = dossier;
        _sourceOf = sourceOf;
        _entities = dossier.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _documents = dossier.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _events = dossier.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _storyOf = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in dossier.Stories)
        {
            foreach (var document in story.Documents)
            {
                _storyOf.TryAdd(document, story);
            }
        }

        _against = new Dictionary<string, List<DossierEvent>>(StringComparer.Ordinal);
        void Add(string id, DossierEvent other)
        {
            if (!_against.TryGetValue(id, out var list))
            {
                _against[id] = list = [];
            }

            if (!list.Contains(other))
            {
                list.Add(other);
            }
        }

        foreach (var ev in dossier.Events)
        {
            if (ev.Denies is { } denied)
            {
                Add(denied, ev);
            }

            foreach (var other in ev.Conflicts ?? [])
            {
                Add(other, ev);
                if (_events.TryGetValue(other, out var o))
                {
                    Add(ev.Id, o);
                }
            }
        }
    }

    /// <summary>The dossier.</summary>
    public DossierModel Dossier { get; }

    /// <summary>The entity with <paramref name="id"/>, or null.</summary>
    public DossierEntity? Entity(string? id) => id is not null && _entities.TryGetValue(id, out var e) ? e : null;

    /// <summary>The document with <paramref name="id"/>, or null.</summary>
    public DossierDocument? Document(string id) => _documents.GetValueOrDefault(id);

    /// <summary>The event with <paramref name="id"/>, or null.</summary>
    public DossierEvent? Event(string id) => _events.GetValueOrDefault(id);

    /// <summary>The story <paramref name="documentId"/> belongs to, or null when stories were not clustered.</summary>
    public Story? StoryOf(string documentId) => _storyOf.GetValueOrDefault(documentId);

    /// <summary>The story of an event: that of its first evidence document.</summary>
    public Story? StoryOf(DossierEvent ev) => ev is { Evidence: [var first, ..] } ? StoryOf(first.Document) : null;

    /// <summary>The name of entity <paramref name="id"/>, the id itself when unknown, or <paramref name="none"/> for null.</summary>
    public string Name(string? id, string none = "an unnamed party") => id is null ? none : Entity(id)?.Name ?? id;

    /// <summary>The events that deny <paramref name="ev"/> or report the same happening differently.</summary>
    public IReadOnlyList<DossierEvent> Against(DossierEvent ev) => _against.GetValueOrDefault(ev.Id) ?? (IReadOnlyList<DossierEvent>)[];

    /// <summary>The source key of a document: documents with equal keys are one independent source.</summary>
    public string SourceOf(string documentId) => _sourceOf.GetValueOrDefault(documentId) ?? documentId;

    /// <summary>How many independent sources give evidence for <paramref name="events"/>.</summary>
    public int Sources(IEnumerable<DossierEvent> events) =>
        events.SelectMany(e => e.Evidence).Select(s => SourceOf(s.Document)).Distinct(StringComparer.Ordinal).Count();
}
