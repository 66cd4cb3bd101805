using SanctionWatch.Model.Events;

namespace SanctionWatch.Model.Tests.Events;

public sealed class EventTypeTest
{
    [Fact]
    public void All_SixteenPloverTypesAndTransfer()
    {
        Assert.Equal(17, EventType.All.Count);
        Assert.Equal(17, EventType.All.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(EventType.Transfer, EventType.All);
        Assert.All(EventType.All, t => Assert.Equal(t.Name.ToUpperInvariant(), t.Name));
    }

    [Theory]
    [InlineData("TRANSFER")]
    [InlineData("CONSULT")]
    [InlineData("ASSAULT")]
    public void Parse_Name_RoundTrips(string name)
    {
        var type = EventType.Parse(name);

        Assert.Equal(name, type.ToString());
        Assert.True(type.Is(name));
        Assert.Equal(type, EventType.Parse(type.Name));
    }

    [Fact]
    public void Properties_NameTheirTypes()
    {
        Assert.Equal("TRANSFER", EventType.Transfer.Name);
        Assert.Equal("SANCTION", EventType.Sanction.Name);
        Assert.Equal("REQUEST", EventType.Request.Name);
        Assert.NotEqual(EventType.Agree, EventType.Accuse);
    }

    [Fact]
    public void IsMutual_OnlyTheTypesBothSidesDoToEachOther()
    {
        Assert.Equal([EventType.Agree, EventType.Consult, EventType.Cooperate], EventType.All.Where(t => t.IsMutual));
    }

    [Theory]
    [InlineData("transfer")]
    [InlineData("SMUGGLE")]
    [InlineData("")]
    public void Parse_UnknownName_FailsNamingIt(string name)
    {
        var error = Assert.Throws<FormatException>(() => EventType.Parse(name));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        Assert.False(EventType.TryParse(name, out _));
    }
}
