namespace SanctionWatch.Lists.Model;

/// <summary>A whole list version as parsed from files, ready to replace the loaded version in a store.</summary>
/// <param name="Metadata">Which list and version.</param>
/// <param name="Entities">All entries.</param>
/// <param name="Warnings">One-line notes about rows that were skipped (unjoined aliases, addresses, …).</param>
public sealed record ListSnapshot(ListMetadata Metadata, IReadOnlyList<ListEntity> Entities, IReadOnlyList<string> Warnings);
