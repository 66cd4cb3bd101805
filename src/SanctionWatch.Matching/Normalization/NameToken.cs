namespace SanctionWatch.Matching.Normalization;

/// <summary>One normalised name part with the forms the comparer needs, computed once.</summary>
/// <param name="Text">Lower-case ASCII token (a legal-form phrase keeps its words).</param>
/// <param name="Canonical">The spelling group's canonical form (or <paramref name="Text"/>); <c>lf:…</c> for legal forms.</param>
/// <param name="Key">Phonetic key.</param>
/// <param name="Weight">How much the token counts when names are compared (particles and legal forms weigh little).</param>
/// <param name="Legal">True for a legal form (GmbH, OOO): left over on one side it costs nothing.</param>
/// <param name="Nickname">For a short form or nickname (Dima, Bibi), the canonical form of the full name.</param>
/// <param name="Patronymic">True for a patronymic (Sergeevich, Petrovna): lists give it, people often leave it out.</param>
/// <param name="Particle">True for a particle that joins names (al, bin, van): left over, it makes no match partial.</param>
/// <param name="Information">How rare the token is in the lists screened (see <see cref="NameFrequencies"/>); 1 when unknown.</param>
public readonly record struct NameToken(string Text, string Canonical, string Key, double Weight, bool Legal = false, string? Nickname = null, bool Patronymic = false, bool Particle = false, double Information = 1.0);
