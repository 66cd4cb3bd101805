using System.Text.Json.Serialization;

namespace SanctionWatch.Model.Reviews;

/// <summary>
/// An analyst's judgement, stored as data like nomenklatura's: <see cref="Kind"/> says what was judged,
/// <see cref="Subject"/> and <see cref="Object"/> which things, <see cref="Verdict"/> positive, negative or unsure.
/// </summary>
/// <param name="Seq">The decision's place in the log (0 before it is stored).</param>
/// <param name="Kind"><see cref="ReviewKinds.Listing"/>, <see cref="ReviewKinds.Merge"/> or <see cref="ReviewKinds.Finding"/>.</param>
/// <param name="Subject">The entity id (listing, merge) or finding id.</param>
/// <param name="Object">The list entry id <c>{list}:{reference}</c> (listing) or the other entity id (merge); empty for a finding.</param>
/// <param name="Verdict"><see cref="ReviewVerdicts.Positive"/>, <see cref="ReviewVerdicts.Negative"/> or <see cref="ReviewVerdicts.Unsure"/>.</param>
/// <param name="Comment">Why, in the analyst's words.</param>
/// <param name="Author">Who decided, when given.</param>
/// <param name="DecidedAt">When the decision was made.</param>
public sealed record ReviewDecision(
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("comment")] string? Comment,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("decidedAt")] DateTimeOffset DecidedAt)
{
    /// <summary>What the analyst decided, in the words of the kind: confirmed / rejected / needs-evidence, same / different.</summary>
    [JsonPropertyName("decision")]
    public string Decision => ReviewVerdicts.Describe(Kind, Verdict);

    /// <summary>The key two decisions about the same thing share; the later one replaces the earlier.</summary>
    [JsonIgnore]
    public (string Kind, string Subject, string Object) Key => (Kind, Subject, Object);
}
