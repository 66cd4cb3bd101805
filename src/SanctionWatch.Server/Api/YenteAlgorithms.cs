using System.Text.Json;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Scoring.Features;

namespace SanctionWatch.Server.Api;

/// <summary>
/// The algorithm names a yente client sends (<c>logic-v2</c>, <c>best</c>, …) and which of ours answers each: there is
/// one, <see cref="EntityMatcher.AlgorithmName"/>, so every accepted name is scored by it and says so in <c>/algorithms</c>.
/// </summary>
public static class YenteAlgorithms
{
    /// <summary>yente's names that are accepted, each scored by our matcher.</summary>
    public static readonly IReadOnlyList<string> Aliases = ["logic-v2", "logic-v1", "name-based", "name-qualified", "regression-v1"];

    // The features of the matcher the server scores with, weighed by the parameters it ships with.
    private static readonly MatcherFeatures Features = new(MatcherParameters.Default);

    /// <summary>True when <paramref name="name"/> (null: the default) is an algorithm this server accepts.</summary>
    public static bool Accepts(string? name) =>
        name is null or "" or "default" or "best" or EntityMatcher.AlgorithmName || Aliases.Contains(name);

    /// <summary>The message of the 400 for a name not accepted.</summary>
    public static string Invalid(string name) =>
        $"Invalid algorithm: {name} (use {EntityMatcher.AlgorithmName}, {string.Join(", ", Aliases)}, default or best)";

    /// <summary>
    /// Writes yente's feature documentation object (<c>{feature: {description, coefficient, url}}</c>): each feature of
    /// the matcher with its weight from the parameter table (a multiplier of the name score for the name features,
    /// what the feature adds to the score for the others).
    /// </summary>
    public static void WriteFeatureDocs(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        foreach (var feature in Features.All)
        {
            w.WriteStartObject(feature.Name);
            w.WriteString("description", feature.Description);
            w.WriteNumber("coefficient", feature.Weight);
            w.WriteNull("url");
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes the <c>/algorithms</c> answer: ours, then each accepted yente name with <c>maps_to</c> ours.</summary>
    public static void WriteList(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteStartArray("algorithms");
        Algorithm(w, EntityMatcher.AlgorithmName, "Name matching across scripts and spellings, with birth date, country and schema features; every score explained.");
        foreach (string alias in Aliases)
        {
            Algorithm(w, alias, $"Accepted for yente clients: scored by {EntityMatcher.Algorithm}, not by yente's {alias}.");
        }

        w.WriteEndArray();
        w.WriteString("default", EntityMatcher.AlgorithmName);
        w.WriteString("best", EntityMatcher.AlgorithmName);
        w.WriteEndObject();
    }

    private static void Algorithm(Utf8JsonWriter w, string name, string description)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("description", description);
        w.WriteString("maps_to", EntityMatcher.AlgorithmName);
        w.WriteString("version", EntityMatcher.AlgorithmVersion);
        w.WritePropertyName("features");
        WriteFeatureDocs(w);
        w.WriteEndObject();
    }
}
