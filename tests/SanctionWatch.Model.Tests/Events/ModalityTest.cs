using SanctionWatch.Model.Events;

namespace SanctionWatch.Model.Tests.Events;

public sealed class ModalityTest
{
    [Fact]
    public void All_StrongestFirst_InTheDossiersOrder()
    {
        Assert.Equal(
            ["asserted", "reported", "alleged", "expected", "hypothetical", "denied", "negated"],
            Modality.All.Select(m => m.ToString()));
        Assert.Equal(Enumerable.Range(0, 7), Modality.All.Select(m => m.Rank));
    }

    [Fact]
    public void CompareTo_StrongerSortsFirst()
    {
        var shuffled = new[] { Modality.Negated, Modality.Asserted, Modality.Hypothetical, Modality.Reported };

        Assert.Equal([Modality.Asserted, Modality.Reported, Modality.Hypothetical, Modality.Negated], shuffled.Order());
        Assert.True(Modality.Reported < Modality.Alleged);
        Assert.True(Modality.Alleged.IsStrongerThan(Modality.Expected));
        Assert.False(Modality.Denied.IsStrongerThan(Modality.Denied));
    }

    [Fact]
    public void Stronger_EitherOrder_TheFirmer()
    {
        Assert.Equal(Modality.Alleged, Modality.Stronger(Modality.Alleged, Modality.Denied));
        Assert.Equal(Modality.Alleged, Modality.Stronger(Modality.Denied, Modality.Alleged));
    }

    [Theory]
    [InlineData("asserted")]
    [InlineData("expected")]
    [InlineData("negated")]
    public void Parse_Name_RoundTrips(string name)
    {
        var modality = Modality.Parse(name);

        Assert.Equal(name, modality.Name);
        Assert.True(modality.Is(name));
    }

    [Theory]
    [InlineData("Asserted")]
    [InlineData("certain")]
    [InlineData("")]
    public void Parse_UnknownName_FailsNamingIt(string name)
    {
        var error = Assert.Throws<FormatException>(() => Modality.Parse(name));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        Assert.False(Modality.TryParse(name, out _));
    }

    [Fact]
    public void RankOf_UnknownName_RanksAfterEveryModality()
    {
        Assert.Equal(2, Modality.RankOf("alleged"));
        Assert.Equal(7, Modality.RankOf("rumoured"));
        Assert.Equal(7, Modality.RankOf(null));
    }

    [Fact]
    public void Default_IsAsserted()
    {
        Assert.Equal(Modality.Asserted, default);
    }
}
