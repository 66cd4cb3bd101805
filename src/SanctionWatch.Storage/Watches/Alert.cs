namespace SanctionWatch.Storage.Watches;

/// <summary>A stored alert: something new about a watched subject, with the evidence to read.</summary>
/// <param name="Id">The alert's number in the store.</param>
/// <param name="WatchId">The watch that raised it.</param>
/// <param name="Kind"><c>evidence</c>, <c>finding</c> or <c>listing</c>.</param>
/// <param name="Message">One line for a person.</param>
/// <param name="Subjects">Ids of what the alert is about (entity, finding, list entry).</param>
/// <param name="Document">The document holding the evidence, or null.</param>
/// <param name="Start">Where the evidence starts in that document's text, or null.</param>
/// <param name="End">Where it ends (exclusive), or null.</param>
/// <param name="Created">When the alert was raised.</param>
/// <param name="Read">True once an analyst acknowledged it.</param>
/// <param name="Delivered">True once it was posted to the configured webhook.</param>
public sealed record Alert(
    long Id,
    long WatchId,
    string Kind,
    string Message,
    IReadOnlyList<string> Subjects,
    string? Document,
    int? Start,
    int? End,
    DateTimeOffset Created,
    bool Read,
    bool Delivered);
