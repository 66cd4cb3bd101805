using SanctionWatch.Matching.Screening;
using SanctionWatch.Matching.Tests.Support;
using SanctionWatch.Tests.Support;
using SanctionWatch.Text;

namespace SanctionWatch.Matching.Tests.Screening;

/// <summary>The acceptance figures of issues 3 and 21, measured on the shared benchmark files.</summary>
public sealed class ScreeningQualityTests(ListsFixture lists) : IClassFixture<ListsFixture>
{
    [Fact]
    public void Screen_YenteUnTypoSet_RightEntryFirstForAtLeast97Percent()
    {
        var treated = Csv.ReadRows(SharedData.PathOf("data/name-matching/yente/positives_un_treated.csv"));
        var untreated = Csv.ReadRows(SharedData.PathOf("data/name-matching/yente/positives_un_untreated.csv"));
        var index = lists.RequireUn();
        int top1 = 0;
        for (int i = 0; i < treated.Count; i++)
        {
            var results = index.Screen(ScreeningQuery.ForName(treated[i]["full_name"], "Person"), 1, 0.0, explain: false);
            string want = lists.Matcher.Normalizer.Normalize(untreated[i]["full_name"]).Text;
            if (results.Count > 0 && lists.Matcher.Prepare(results[0].Entity).Names.Any(n => n.Text == want))
            {
                top1++;
            }
        }

        double rate = (double)top1 / treated.Count;
        TestContext.Current.SendDiagnosticMessage($"UN typo set top-1: {top1}/{treated.Count} = {rate:P1}");
        Assert.True(rate >= 0.97, $"top-1 {rate:P1} < 97%");
    }

    [Fact]
    public void Screen_ValidationNegatives_AtMostOnePercentFlagged()
    {
        var negatives = Csv.ReadRows(SharedData.PathOf("data/name-matching/yente/validation_negatives_global.csv"))
            .Concat(Csv.ReadRows(SharedData.PathOf("data/name-matching/yente/validation_negatives_us.csv"))).ToList();
        var index = lists.RequireAll();
        int flagged = negatives.Count(n => index.Screen(ScreeningQuery.ForName(n["full_name"], "Person"), 1, null, explain: false) is { Count: > 0 } r && r[0].Match);

        double rate = (double)flagged / negatives.Count;
        TestContext.Current.SendDiagnosticMessage($"validation negatives flagged: {flagged}/{negatives.Count} = {rate:P2}");
        Assert.True(rate <= 0.01, $"{rate:P2} of negatives flagged");
    }
}
