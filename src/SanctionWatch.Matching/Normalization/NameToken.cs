namespace SanctionWatch.Matching.Normalization;

/// <summary>One normalised name part with the forms the comparer needs, computed once.</summary>
/// <param name="Text">Lower-case ASCII token.</param>
/// <param name="Canonical">The spelling group's canonical form (or <paramref name="Text"/>), legal forms folded.</param>
/// <param name="Key">Phonetic key.</param>
/// <param name="Weight">How much the token counts when names are compared (particles and legal forms weigh little).</param>
public readonly record struct NameToken(string Text, string Canonical, string Key, double Weight);
