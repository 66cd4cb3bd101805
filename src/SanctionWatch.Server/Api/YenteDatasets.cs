namespace SanctionWatch.Server.Api;

/// <summary>
/// OpenSanctions' names for the lists SanctionWatch imports (<c>un-sc</c> is <c>un_sc_sanctions</c>), and the
/// collections (<c>default</c>, <c>sanctions</c>) that hold every loaded list; an FtM dataset keeps its own name.
/// </summary>
public static class YenteDatasets
{
    /// <summary>The collections a yente client names: both hold every loaded list (all of them are sanctions lists).</summary>
    public static readonly IReadOnlyList<string> Collections = ["default", "sanctions"];

    private static readonly (string ListId, string Name, string Authority, string? SourceUrl)[] Sources =
    [
        ("un-sc", "un_sc_sanctions", "United Nations Security Council", "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list"),
        ("us-ofac-sdn", "us_ofac_sdn", "Office of Foreign Assets Control (OFAC)", "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={reference}"),
        ("us-ofac-cons", "us_ofac_cons", "Office of Foreign Assets Control (OFAC)", "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={reference}"),
        ("eu-fsf", "eu_fsf", "European Union", "https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions"),
    ];

    /// <summary>The OpenSanctions name of the list <paramref name="listId"/>.</summary>
    public static string NameOf(string listId) =>
        Array.Find(Sources, s => s.ListId == listId) is { Name: { } name } ? name : listId;

    /// <summary>The list id an OpenSanctions dataset name (or a list id) stands for.</summary>
    public static string ListIdOf(string name) =>
        Array.Find(Sources, s => s.Name == name) is { ListId: { } id } ? id : name;

    /// <summary>The authority that publishes the list, or null when unknown (an FtM dataset).</summary>
    public static string? AuthorityOf(string listId) => Array.Find(Sources, s => s.ListId == listId) is { Authority: { } a } ? a : null;

    /// <summary>Where an entry of the list is published, or null.</summary>
    public static string? SourceUrlOf(string listId, string reference) =>
        Array.Find(Sources, s => s.ListId == listId).SourceUrl?.Replace("{reference}", Uri.EscapeDataString(reference), StringComparison.Ordinal);

    /// <summary>True when <paramref name="names"/> (OpenSanctions names or list ids) contains the list <paramref name="listId"/>.</summary>
    public static bool Names(IReadOnlySet<string> names, string listId) => names.Contains(listId) || names.Contains(NameOf(listId));
}
