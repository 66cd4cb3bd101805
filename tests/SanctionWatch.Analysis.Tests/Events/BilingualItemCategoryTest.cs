namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A German and an English report of one shipment merge only when their items fall in the same category: the item
/// lexicon names each thing in both languages under one category (items.tsv).
/// </summary>
public sealed class BilingualItemCategoryTest
{
    [Theory]
    [InlineData("Russland lieferte Nordkorea Hubschrauber.", "Russia delivered helicopters to North Korea.", "arms")]
    [InlineData("Russland lieferte Nordkorea Maschinengewehre.", "Russia delivered machine guns to North Korea.", "arms")]
    [InlineData("Russland lieferte Nordkorea Militärausrüstung.", "Russia delivered military equipment to North Korea.", "arms")]
    [InlineData("Russland lieferte Nordkorea Flugabwehrraketen.", "Russia delivered anti-aircraft missiles to North Korea.", "missiles")]
    [InlineData("Nordkorea lieferte Russland Sprengstoff.", "North Korea delivered explosives to Russia.", "ammunition")]
    [InlineData("Russland lieferte Nordkorea Kernbrennstoff.", "Russia delivered nuclear fuel to North Korea.", "nuclear-technology")]
    [InlineData("Russland lieferte Nordkorea Ersatzteile.", "Russia delivered spare parts to North Korea.", "dual-use")]
    [InlineData("Russland lieferte Nordkorea Schmieröl.", "Russia delivered lubricants to North Korea.", "petroleum")]
    [InlineData("Russland lieferte Nordkorea Speiseöl.", "Russia delivered cooking oil to North Korea.", "food")]
    [InlineData("Russland lieferte Nordkorea Luxusfahrzeuge.", "Russia delivered luxury vehicles to North Korea.", "luxury-goods")]
    [InlineData("Russland lieferte Nordkorea medizinische Ausrüstung.", "Russia delivered medical equipment to North Korea.", "other")]
    [InlineData("Nordkorea schickte Söldner nach Russland.", "North Korea sent mercenaries to Russia.", "troops")]
    [InlineData("Belarus lieferte Russland Raketenwerfer.", "Belarus delivered rocket launchers to Russia.", "arms")]
    [InlineData("Iran lieferte Syrien Störsender.", "Iran delivered jammers to Syria.", "arms")]
    [InlineData("Iran lieferte Syrien Radaranlagen.", "Iran delivered radar systems to Syria.", "arms")]
    [InlineData("Nordkorea lieferte Russland Bergleute.", "North Korea sent miners to Russia.", "labour")]
    public void Extract_SameThingInGermanAndEnglish_SameCategory(string german, string english, string category)
    {
        foreach (var (text, language) in new[] { (german, "de"), (english, "en") })
        {
            var doc = new TestDocument(text, language);
            var e = Assert.Single(doc.Events);
            Assert.NotEmpty(e.Items);
            Assert.All(e.Items, i => Assert.Equal(category, i.Category));
        }
    }
}
