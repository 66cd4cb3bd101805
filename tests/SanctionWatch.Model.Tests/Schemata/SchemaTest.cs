using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Model.Tests.Schemata;

public sealed class SchemaTest
{
    [Fact]
    public void Organization_CoversExactlyTheOrganisationSchemata()
    {
        Assert.Equal(["Organization", "Company", "PublicBody"], Schema.All.Where(s => s.IsA(Schema.Organization)).Select(s => s.Name));
    }

    [Theory]
    [InlineData("Company", "Organization")]
    [InlineData("Company", "LegalEntity")]
    [InlineData("Company", "Asset")]
    [InlineData("Company", "Thing")]
    [InlineData("PublicBody", "Organization")]
    [InlineData("Person", "LegalEntity")]
    [InlineData("Vessel", "Vehicle")]
    [InlineData("Airplane", "Thing")]
    [InlineData("Sanction", "Interval")]
    [InlineData("Person", "Person")]
    public void IsA_DescendantOrSelf_True(string schema, string ancestor)
    {
        Assert.True(Schema.Parse(schema).IsA(Schema.Parse(ancestor)));
        Assert.True(Schema.IsA(schema, Schema.Parse(ancestor)));
    }

    [Theory]
    [InlineData("Organization", "Company")]
    [InlineData("Person", "Organization")]
    [InlineData("Vessel", "LegalEntity")]
    [InlineData("Address", "LegalEntity")]
    [InlineData("Sanction", "Thing")]
    [InlineData("Thing", "LegalEntity")]
    public void IsA_NotDescendant_False(string schema, string ancestor)
    {
        Assert.False(Schema.Parse(schema).IsA(Schema.Parse(ancestor)));
    }

    [Theory]
    [InlineData("Country")]
    [InlineData("person")]
    [InlineData(null)]
    public void IsA_UnknownName_False(string? name)
    {
        Assert.False(Schema.IsA(name, Schema.Thing));
    }

    [Fact]
    public void Extends_DirectParents()
    {
        Assert.Equal([Schema.Organization, Schema.Asset], Schema.Company.Extends);
        Assert.Empty(Schema.Thing.Extends);
    }

    [Fact]
    public void Parse_Name_RoundTrips()
    {
        Assert.All(Schema.All, s => Assert.Equal(s, Schema.Parse(s.ToString())));
        Assert.Equal("Vessel", Schema.Vessel.Name);
        Assert.Equal(SchemaNames.Vessel, Schema.Vessel.Name);
        Assert.True(Schema.Person.Is("Person"));
        Assert.False(Schema.Person.Is("LegalEntity"));
    }

    [Theory]
    [InlineData("Ship")]
    [InlineData("")]
    [InlineData("vessel")]
    public void Parse_UnknownName_FailsNamingIt(string name)
    {
        var error = Assert.Throws<FormatException>(() => Schema.Parse(name));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsThing()
    {
        Assert.Equal(Schema.Thing, default);
    }
}
