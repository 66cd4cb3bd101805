namespace SanctionWatch.Matching.Scoring;

/// <summary>
/// The one table of the matcher's weights and thresholds: every number that moves a score is here, read by the
/// features (<see cref="ScoreFeature"/>) and the name and token comparers (tuned on the odd rows of nomenklatura's
/// cases.csv, the odd rows of the UN typo set and the tuning split of the synthetic negatives only).
/// </summary>
/// <param name="Threshold">Scores at or above this are matches.</param>
/// <param name="MinTokenSimilarity">Token pairs below this are not aligned.</param>
/// <param name="TokenFloor">Token similarities are rescaled so that this value counts as zero.</param>
/// <param name="ExtraTokenPenalty">Penalty per unit of unmatched weight on the side with more left over.</param>
/// <param name="ConflictPenalty">Penalty per unit of unmatched weight when both sides have tokens left over.</param>
/// <param name="SingleTokenPenalty">Penalty when only one token aligns and the other side has more.</param>
/// <param name="WorstTokenPenalty">Penalty per unit the weakest aligned token falls short of a perfect match.</param>
/// <param name="WeakAliasFactor">Multiplier for matches on weak aliases.</param>
/// <param name="LegalFormConflictPenalty">Penalty when both names carry different legal forms.</param>
/// <param name="OmittedPatronymicFactor">How much a patronymic left over on one side only counts as unmatched.</param>
/// <param name="PhoneticSpelling">How much a phonetic token match loses per unit its spellings differ.</param>
/// <param name="NeededInformation">When screening lists, the rarity a partial match's aligned parts must add up to.</param>
/// <param name="CommonPartsPenalty">Penalty per unit a partial match falls short of <paramref name="NeededInformation"/>.</param>
/// <param name="NameWeight">Multiplier for matches on names and strong aliases: the base of every score.</param>
/// <param name="FatherSonFactor">Share of <paramref name="ConflictPenalty"/> taken off when "X bin Y" meets "Y bin X".</param>
/// <param name="SchemaMismatchPenalty">Taken off when the two schemata cannot be the same party.</param>
/// <param name="BirthDateMatchBonus">Added when both sides give the same full birth date.</param>
/// <param name="BirthYearNearPenalty">Taken off when the birth dates differ but the years are at most one apart.</param>
/// <param name="BirthDateConflictPenalty">Taken off when the birth dates differ by more than that.</param>
/// <param name="CountryMismatchPenalty">Taken off when both sides name countries and none is shared.</param>
/// <param name="SpellingSimilarity">Token similarity of two members of one spelling group (Kim/Gim).</param>
/// <param name="NicknameSimilarity">Token similarity of a nickname and its full name (Dima/Dmitriy).</param>
/// <param name="InitialSimilarity">Token similarity of an initial and a name it starts.</param>
/// <param name="PhoneticSimilarity">Token similarity of a shared phonetic key between tokens of <paramref name="LongPhoneticLength"/> letters or more, before <paramref name="PhoneticSpelling"/>.</param>
/// <param name="ShortPhoneticSimilarity">As <paramref name="PhoneticSimilarity"/>, when the shorter token has fewer than <paramref name="LongPhoneticLength"/> letters.</param>
/// <param name="LongPhoneticLength">The letters both tokens need for <paramref name="PhoneticSimilarity"/>.</param>
/// <param name="MinEditSimilarity">Tokens less similar than this in edit distance (1 − distance / longer length) are not similar.</param>
/// <param name="MinPhoneticAgreement">Tokens sharing a phonetic key count as a phonetic match only when their edit similarity is at least this.</param>
/// <param name="ShortTokenLength">Tokens of at most this many letters (Chinese and Korean syllables) may differ by one letter only.</param>
/// <param name="BirthYearTolerance">Birth years at most this far apart cost <paramref name="BirthYearNearPenalty"/>, not <paramref name="BirthDateConflictPenalty"/>.</param>
public sealed record MatcherParameters(
    double Threshold = 0.7,
    double MinTokenSimilarity = 0.5,
    double TokenFloor = 0.2,
    double ExtraTokenPenalty = 0.2,
    double ConflictPenalty = 2.5,
    double SingleTokenPenalty = 0.3,
    double WorstTokenPenalty = 0.3,
    double WeakAliasFactor = 0.9,
    double LegalFormConflictPenalty = 0.35,
    double OmittedPatronymicFactor = 0.5,
    double PhoneticSpelling = 0.3,
    double NeededInformation = 1.6,
    double CommonPartsPenalty = 0.2,
    double NameWeight = 1.0,
    double FatherSonFactor = 0.2,
    double SchemaMismatchPenalty = 0.5,
    double BirthDateMatchBonus = 0.05,
    double BirthYearNearPenalty = 0.05,
    double BirthDateConflictPenalty = 0.2,
    double CountryMismatchPenalty = 0.1,
    double SpellingSimilarity = 0.95,
    double NicknameSimilarity = 0.85,
    double InitialSimilarity = 0.7,
    double PhoneticSimilarity = 0.9,
    double ShortPhoneticSimilarity = 0.85,
    int LongPhoneticLength = 5,
    double MinEditSimilarity = 0.5,
    double MinPhoneticAgreement = 0.4,
    int ShortTokenLength = 5,
    int BirthYearTolerance = 1)
{
    /// <summary>The parameters the named algorithm ships with.</summary>
    public static MatcherParameters Default { get; } = new();
}
