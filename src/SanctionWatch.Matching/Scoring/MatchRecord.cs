using SanctionWatch.Matching.Normalization;

namespace SanctionWatch.Matching.Scoring;

/// <summary>A party prepared for matching: normalised names (weak ones marked), birth dates, country codes.</summary>
/// <param name="Schema">FtM schema or null.</param>
/// <param name="Names">Normalised names.</param>
/// <param name="Weak">For each name, whether it is a weak alias.</param>
/// <param name="BirthDates">ISO birth date prefixes.</param>
/// <param name="Countries">Lower-case ISO country codes.</param>
public sealed record MatchRecord(string? Schema, NormalizedName[] Names, bool[] Weak, string[] BirthDates, string[] Countries);
