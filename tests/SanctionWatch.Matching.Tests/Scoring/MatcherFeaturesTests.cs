using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Scoring.Features;

namespace SanctionWatch.Matching.Tests.Scoring;

/// <summary>Each feature is named as explanations name it and weighed by the one parameter table.</summary>
public sealed class MatcherFeaturesTests
{
    private static readonly NameNormalizer Normalizer = new(new NameTransliterator());

    [Fact]
    public void Features_AreTheExplanationsNames_EachWithADescription()
    {
        var features = new MatcherFeatures(MatcherParameters.Default).All.ToList();

        Assert.Equal(
            ["name_match", "weak_alias_match", "schema_mismatch", "birth_date_match", "birth_date_mismatch", "country_mismatch"],
            features.Select(f => f.Name));
        Assert.All(features, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        Assert.Equal([1.0, 0.9, -0.5, 0.05, -0.2, -0.1], features.Select(f => f.Weight));
    }

    [Fact]
    public void Score_MovesByEachFeaturesWeight_TakenFromTheParameterTable()
    {
        var heavier = MatcherParameters.Default with { CountryMismatchPenalty = 0.3, BirthDateConflictPenalty = 0.25, SchemaMismatchPenalty = 0.6 };
        var standard = new EntityMatcher(Normalizer, MatcherParameters.Default);
        var weighed = new EntityMatcher(Normalizer, heavier);

        var (plain, changed) = (Score(standard), Score(weighed));

        Assert.Equal(["name_match", "schema_mismatch", "birth_date_mismatch", "country_mismatch"], changed.Explanations.Keys);
        Assert.Equal(-0.3, changed.Explanations["country_mismatch"].Score);
        Assert.Equal(-0.25, changed.Explanations["birth_date_mismatch"].Score);
        Assert.Equal(-0.6, changed.Explanations["schema_mismatch"].Score);
        Assert.Equal(-0.1, plain.Explanations["country_mismatch"].Score);
        Assert.Equal(plain.Explanations["name_match"].Score, changed.Explanations["name_match"].Score);
    }

    [Fact]
    public void Score_WeakAlias_IsWeighedByItsFeature()
    {
        var matcher = new EntityMatcher(Normalizer, MatcherParameters.Default with { WeakAliasFactor = 0.5 });
        var candidate = new MatchRecord("Person", [Normalizer.Normalize("Dmitry Peskov")], [true], [], []);

        var score = matcher.Score(matcher.Prepare("Person", ["Dmitry Peskov"], [], []), candidate, explain: true);

        Assert.Equal(0.5, score.Score);
        Assert.Equal(0.5, score.Explanations["weak_alias_match"].Score);
    }

    // A name that matches well, on a vessel born 1950 in Russia against a person born 1984 in North Korea.
    private static EntityScore Score(EntityMatcher matcher) => matcher.Score(
        matcher.Prepare("Person", ["Kim Jong Un"], ["1984-01-08"], ["kp"]),
        matcher.Prepare("Vessel", ["Kim Jong Un"], ["1950"], ["ru"]),
        explain: true);
}
