namespace SanctionWatch.Lists.Changes;

/// <summary>One entry that was added, removed or changed between two versions of a list.</summary>
/// <param name="ListId">The list the entry belongs to.</param>
/// <param name="Reference">The list's own reference for the entry (UN reference number, OFAC entry number).</param>
/// <param name="Caption">The entry's name (the newer version's for added and changed entries).</param>
/// <param name="Fields">For a changed entry, the fields whose values differ (<c>name</c>, <c>alias</c>,
/// <c>birthDate</c>, <c>programs</c>, …), in ordinal order; empty for added and removed entries.</param>
public sealed record ListChange(string ListId, string Reference, string Caption, IReadOnlyList<string> Fields);
