using SanctionWatch.Model.Dossier;

namespace SanctionWatch.Model.Documents;

/// <summary>An event found in one document, before events from several documents are merged.</summary>
/// <param name="Type">PLOVER event type, or <c>TRANSFER</c>.</param>
/// <param name="Mode">PLOVER mode, or null.</param>
/// <param name="Actor">Who acts (for a transfer: the supplier), or null.</param>
/// <param name="Target">Who is acted on (for a transfer: the recipient), or null.</param>
/// <param name="Items">What moved.</param>
/// <param name="Date">When, as written and resolved, or null.</param>
/// <param name="Location">Index of the place mention in <see cref="DocumentAnalysis.Mentions"/>, or null.</param>
/// <param name="Modality"><c>asserted</c>, <c>reported</c>, <c>alleged</c>, <c>expected</c>, <c>hypothetical</c>, <c>denied</c> or <c>negated</c>.</param>
/// <param name="Claimant">Who says so, or null when the article itself says it.</param>
/// <param name="Evidence">The sentence(s) the event rests on.</param>
public sealed record EventMention(
    string Type,
    string? Mode,
    ArgumentRef? Actor,
    ArgumentRef? Target,
    IReadOnlyList<ItemMention> Items,
    EventDate? Date,
    int? Location,
    string Modality,
    ArgumentRef? Claimant,
    IReadOnlyList<TextSpan> Evidence)
{
    /// <summary>For a denial: the index (in this document's events) of the event it denies.</summary>
    public int? Denies { get; init; }

    /// <summary>The words that triggered the event (the verb or noun), for explanations.</summary>
    public TextSpan? Trigger { get; init; }

    /// <summary>True when the report tells another occasion of a kind ("another tanker", "ein weiterer Frachter"): not the happening an earlier report told.</summary>
    public bool Another { get; init; }
}

/// <summary>
/// A participant of an event: a mention in the same document, read either as itself or — for a capital
/// or a seat of power acting ("Pjöngjang bestreitet", "der Kreml") — as the government of its country.
/// </summary>
/// <param name="Mention">Index into <see cref="DocumentAnalysis.Mentions"/>.</param>
/// <param name="AsGovernment">True when the mention stands for its country's government.</param>
public sealed record ArgumentRef(int Mention, bool AsGovernment = false);

/// <summary>An item that moved in an event, with its place in the text.</summary>
/// <param name="Start">First code unit of the item's words.</param>
/// <param name="End">One past the last.</param>
/// <param name="Text">The item as written.</param>
/// <param name="Category">One of the contract's item categories (<c>ammunition</c>, <c>petroleum</c>, …).</param>
/// <param name="Quantity">How many, or null.</param>
public sealed record ItemMention(int Start, int End, string Text, string Category, Quantity? Quantity);
