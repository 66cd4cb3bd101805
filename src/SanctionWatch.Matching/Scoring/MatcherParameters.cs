namespace SanctionWatch.Matching.Scoring;

/// <summary>The tunable weights of the name matcher (tuned on the odd rows of nomenklatura's cases.csv, the odd rows of the UN typo set and the tuning split of the synthetic negatives only).</summary>
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
    double CommonPartsPenalty = 0.2)
{
    /// <summary>The parameters the named algorithm ships with.</summary>
    public static MatcherParameters Default { get; } = new();
}
