namespace SanctionWatch.Lists.Model;

/// <summary>Describes one loaded version of a list: which list, which date, from which files.</summary>
/// <param name="ListId">The list id (<c>un-sc</c>, <c>us-ofac-sdn</c>, <c>us-ofac-cons</c>, an FtM dataset name).</param>
/// <param name="Title">A human-readable title.</param>
/// <param name="ListDate">The publication date of this version, when known.</param>
/// <param name="SourceFiles">The file names imported, comma-separated.</param>
/// <param name="Format">The detected format.</param>
/// <param name="EntityCount">Number of entries.</param>
/// <param name="ImportedAt">When the version was loaded into the store.</param>
public sealed record ListMetadata(
    string ListId,
    string Title,
    DateOnly? ListDate,
    string SourceFiles,
    ListFormat Format,
    int EntityCount,
    DateTimeOffset ImportedAt);
