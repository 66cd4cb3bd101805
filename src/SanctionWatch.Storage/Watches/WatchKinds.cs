namespace SanctionWatch.Storage.Watches;

/// <summary>The kinds of things an analyst can watch.</summary>
public static class WatchKinds
{
    /// <summary>A person, organisation or other entity, by dossier entity id or by name.</summary>
    public const string Entity = "entity";

    /// <summary>A vessel, by name, IMO number or dossier entity id.</summary>
    public const string Vessel = "vessel";

    /// <summary>A country, by ISO 3166-1 alpha-2 code.</summary>
    public const string Country = "country";

    /// <summary>A sanctions measure, by id (<c>arms-export</c>, …).</summary>
    public const string Measure = "measure";

    /// <summary>Every kind, in the order the help text lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Entity, Vessel, Country, Measure];
}
