using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Matching.Tests.Scoring;

public sealed class TokenSimilarityTests
{
    [Theory]
    [InlineData("mariah", "mario")]
    [InlineData("lisa", "luis")]
    [InlineData("jianguo", "jong")]
    public void Compare_SoundKeyShared_SpellingsFarApart_ScoreLowered(string a, string b)
    {
        var ta = NameNormalizer.MakeToken(a);
        var tb = NameNormalizer.MakeToken(b);

        var keyOnly = TokenSimilarity.Compare(ta, tb, 0);
        var spelled = TokenSimilarity.Compare(ta, tb, MatcherParameters.Default.PhoneticSpelling);

        Assert.Equal(TokenMatchKind.Phonetic, keyOnly.Kind);
        Assert.True(spelled.Score <= keyOnly.Score - 0.09, $"{a}~{b}: {spelled.Score} vs {keyOnly.Score}");
    }

    [Theory]
    [InlineData("peskow", "peskov")]
    [InlineData("schoigu", "shoigu")]
    public void Compare_TranscriptionVariants_StillCloseMatches(string a, string b)
    {
        var (score, kind) = TokenSimilarity.Compare(NameNormalizer.MakeToken(a), NameNormalizer.MakeToken(b), MatcherParameters.Default.PhoneticSpelling);

        Assert.Contains(kind, new[] { TokenMatchKind.Phonetic, TokenMatchKind.Edit });
        Assert.True(score >= 0.85, $"{a}~{b}: {score}");
    }

    [Theory]
    [InlineData("kitten", "sitting")]
    [InlineData("macron", "marcon")]
    [InlineData("abdurrahim", "abdurrahman")]
    [InlineData("jianguo", "jong")]
    [InlineData("ab", "ba")]
    [InlineData("xyz", "abcdef")]
    public void Distance_WithLimit_ExactUpToTheLimitAndAboveItBeyond(string a, string b)
    {
        int exact = TokenSimilarity.Distance(a, b);

        for (int limit = 0; limit <= 8; limit++)
        {
            int bounded = TokenSimilarity.Distance(a, b, limit);
            if (exact <= limit)
            {
                Assert.Equal(exact, bounded);
            }
            else
            {
                Assert.True(bounded > limit, $"{a}/{b} limit {limit}: {bounded} (exact {exact})");
            }
        }
    }
}
