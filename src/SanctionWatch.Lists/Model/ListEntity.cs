namespace SanctionWatch.Lists.Model;

/// <summary>
/// One entry of a sanctions list, stored FollowTheMoney-style: an id, a schema and multi-valued properties,
/// plus the provenance every screening result must show (list, reference, programmes, source file, list date).
/// </summary>
/// <param name="Id">Globally unique id, <c>{listId}:{reference}</c>.</param>
/// <param name="Schema">FtM schema name: Person, Organization, Company, Vessel, Airplane, LegalEntity.</param>
/// <param name="Caption">The entry's primary name as the list writes it.</param>
/// <param name="ListId">The list this entry belongs to, e.g. <c>un-sc</c>.</param>
/// <param name="Reference">The list's own id for the entry (UN reference number, OFAC entry number).</param>
/// <param name="Programs">Sanctions programmes or regimes.</param>
/// <param name="SourceFile">The file name the entry was imported from.</param>
/// <param name="ListDate">The list version's publication date, when known.</param>
/// <param name="Properties">FtM properties (<c>name</c>, <c>alias</c>, <c>weakAlias</c>, <c>birthDate</c>, <c>country</c>, <c>imoNumber</c>, …).</param>
public sealed record ListEntity(
    string Id,
    string Schema,
    string Caption,
    string ListId,
    string Reference,
    IReadOnlyList<string> Programs,
    string SourceFile,
    DateOnly? ListDate,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Properties)
{
    /// <summary>The values of a property, empty when absent.</summary>
    public IReadOnlyList<string> Get(string property) =>
        Properties.TryGetValue(property, out var values) ? values : [];
}
