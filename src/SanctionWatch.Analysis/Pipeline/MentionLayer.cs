using System.Collections;

namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// A document's entity mentions: recognisers add to it in any order while it is open; the pipeline freezes it,
/// in document order (longer first at one start), before the first step that reads it, so an index into it is
/// stable for events and quotes and nobody has to sort it first.
/// </summary>
public sealed class MentionLayer : IReadOnlyList<Mention>
{
    private readonly List<Mention> _items = [];

    // The same list as _items once frozen: set only by Freeze, so that one check stands for "frozen".
    private List<Mention>? _ordered;

    /// <summary>True once the layer is ordered and closed to recognisers.</summary>
    public bool Frozen => _ordered is not null;

    /// <summary>The mentions added so far, for recognisers (in the order they were added).</summary>
    /// <exception cref="InvalidOperationException">The layer is frozen.</exception>
    public List<Mention> Open => Frozen ? throw new InvalidOperationException("mentions are frozen: a recogniser runs after a step that reads them") : _items;

    /// <summary>
    /// The frozen mentions in document order, checked once here: a step that reads every mention many times takes
    /// this list rather than paying the check on each access through the layer.
    /// </summary>
    /// <exception cref="InvalidOperationException">The layer is not frozen yet.</exception>
    public IReadOnlyList<Mention> Items => _ordered ?? throw new InvalidOperationException("mentions are read before the last recogniser has run");

    /// <inheritdoc />
    public int Count => Items.Count;

    /// <inheritdoc />
    public Mention this[int index] => Items[index];

    /// <summary>Orders the mentions and closes the layer; a second call does nothing.</summary>
    public void Freeze()
    {
        if (!Frozen)
        {
            _items.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            _ordered = _items;
        }
    }

    /// <inheritdoc />
    public IEnumerator<Mention> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
