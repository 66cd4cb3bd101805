namespace SanctionWatch.Ingest.Pdf;

/// <summary>A word on a page with the geometry layout needs (PDF units, y grows upwards).</summary>
/// <param name="Text">The word's characters.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Baseline">The baseline of its first letter.</param>
/// <param name="Size">Its first letter's point size.</param>
internal readonly record struct PdfWord(string Text, double Left, double Right, double Baseline, double Size);
