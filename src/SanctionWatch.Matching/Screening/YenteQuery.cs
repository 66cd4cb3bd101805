using System.Text.Json;

namespace SanctionWatch.Matching.Screening;

/// <summary>
/// Reads one yente query entity, <c>{"id", "schema", "properties": {"name": [...], "birthDate": [...], "country": [...]}}</c>,
/// into a <see cref="ScreeningQuery"/>: the one reading that <c>/match</c> and <c>screen --batch</c> share, so that one
/// query is scored the same way by both. Names are every name property (name, alias, previousName, weakAlias,
/// firstName, lastName); countries every country property (country, nationality, jurisdiction, citizenship).
/// </summary>
public static class YenteQuery
{
    /// <summary>The properties whose values are screened as names.</summary>
    public static readonly IReadOnlyList<string> NameProperties = ["name", "alias", "previousName", "weakAlias", "firstName", "lastName"];

    /// <summary>The properties whose values are compared as countries.</summary>
    public static readonly IReadOnlyList<string> CountryProperties = ["country", "nationality", "jurisdiction", "citizenship"];

    /// <summary>The property whose values are compared as birth dates.</summary>
    public const string BirthDateProperty = "birthDate";

    // The keys as UTF-8, looked up without transcoding: every line of a batch is read through them.
    private static readonly byte[][] NameKeys = NameProperties.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
    private static readonly byte[][] CountryKeys = CountryProperties.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
    private static readonly byte[] BirthDateKey = System.Text.Encoding.UTF8.GetBytes(BirthDateProperty);

    /// <summary>The query's own <c>id</c>, or null.</summary>
    public static string? Id(JsonElement query) => Text(query, "id");

    /// <summary>The query's <c>schema</c> as written, or null when it has none.</summary>
    public static string? Schema(JsonElement query) => Text(query, "schema");

    /// <summary>Every name of the query, property by property in <see cref="NameProperties"/> order.</summary>
    public static string[] Names(JsonElement query)
    {
        var names = new List<string>(2);
        if (Properties(query) is { } props)
        {
            foreach (var key in NameKeys)
            {
                AddValues(props, key, names);
            }
        }

        return names.ToArray();
    }

    /// <summary>The string values of <paramref name="property"/> (one string or an array of them; anything else is none).</summary>
    public static string[] Values(JsonElement query, string property)
    {
        var values = new List<string>(1);
        if (Properties(query) is { } props)
        {
            AddValues(props, System.Text.Encoding.UTF8.GetBytes(property), values);
        }

        return values.ToArray();
    }

    /// <summary>
    /// The screening query of <paramref name="query"/>, known to the caller as <paramref name="id"/>; without a schema
    /// it matches any (a caller that needs one checks <see cref="Schema"/> first).
    /// </summary>
    /// <exception cref="InvalidQueryException">No name, or a schema, date or country that cannot be read.</exception>
    public static ScreeningQuery Read(JsonElement query, string id)
    {
        var names = Names(query);
        if (names.Length == 0)
        {
            throw new InvalidQueryException("The query needs a 'name' property");
        }

        var dates = new List<string>(1);
        var countries = new List<string>(1);
        var props = Properties(query)!.Value;
        AddValues(props, BirthDateKey, dates);
        foreach (var key in CountryKeys)
        {
            AddValues(props, key, countries);
        }

        return ScreeningQuery.FromInput(id, Schema(query), names, dates, countries);
    }

    private static JsonElement? Properties(JsonElement query) =>
        query.ValueKind == JsonValueKind.Object && query.TryGetProperty("properties"u8, out var props) && props.ValueKind == JsonValueKind.Object ? props : null;

    private static void AddValues(JsonElement props, byte[] key, List<string> values)
    {
        if (!props.TryGetProperty(key, out var v))
        {
            return;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            values.Add(v.GetString()!);
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in v.EnumerateArray())
            {
                if (x.ValueKind == JsonValueKind.String)
                {
                    values.Add(x.GetString()!);
                }
            }
        }
    }

    private static string? Text(JsonElement query, string key) =>
        query.ValueKind == JsonValueKind.Object && query.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
