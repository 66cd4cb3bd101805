namespace SanctionWatch.Model.Documents;

/// <summary>A statement attributed to a speaker in one document.</summary>
/// <param name="Start">First code unit of the quoted words.</param>
/// <param name="End">One past the last.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Direct">True for quoted speech in quotation marks, false for reported speech.</param>
/// <param name="Speaker">Index of the speaker's mention in <see cref="DocumentAnalysis.Mentions"/>, or null.</param>
/// <param name="SpeakerText">The speaker as written, or null.</param>
/// <param name="Role">The speaker's role or affiliation as written, or null.</param>
public sealed record QuoteMention(int Start, int End, string Text, bool Direct, int? Speaker, string? SpeakerText, string? Role);
