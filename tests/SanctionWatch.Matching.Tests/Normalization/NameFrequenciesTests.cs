using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Matching.Tests.Normalization;

public sealed class NameFrequenciesTests
{
    private static readonly NameNormalizer Normalizer = EntityMatcher.CreateDefault().Normalizer;

    private static NameFrequencies Of(params string[] names) => new(names.Select(Normalizer.Normalize));

    [Fact]
    public void Information_PartOfEveryName_NearZero()
    {
        var frequencies = Of("Carlos Ortega", "Carlos Ruiz", "Carlos Medina", "Carlos Soto");

        Assert.InRange(frequencies.Information("carlos"), 0, 0.2);
    }

    [Fact]
    public void Information_PartNoNameHas_One()
    {
        var frequencies = Of("Carlos Ortega", "Carlos Ruiz");

        Assert.Equal(1, frequencies.Information("zelenskyy"));
    }

    [Fact]
    public void Information_RarePart_AboveCommonPart()
    {
        var frequencies = Of("Carlos Ortega", "Carlos Ruiz", "Carlos Medina", "Juan Soto");

        Assert.True(frequencies.Information("medina") > frequencies.Information("carlos"));
    }

    [Fact]
    public void Apply_SetsEveryTokensInformation()
    {
        var frequencies = Of("Carlos Ortega", "Carlos Ruiz");

        var name = frequencies.Apply(Normalizer.Normalize("Carlos Unknown"));

        Assert.Equal(frequencies.Information("carlos"), name.Tokens[0].Information);
        Assert.Equal(1, name.Tokens[1].Information);
    }
}
