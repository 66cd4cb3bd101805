namespace SanctionWatch.Ingest.Pdf;

/// <summary>One line of text on a page, in reading order, as layout found it.</summary>
/// <param name="Text">The words joined by spaces; table cells joined by <c> | </c>; superscript markers as <c>[n]</c>.</param>
/// <param name="Left">Left edge of the first word.</param>
/// <param name="Right">Right edge of the last word.</param>
/// <param name="Baseline">The line's baseline (y grows upwards).</param>
/// <param name="Size">The point size of the line's main text.</param>
/// <param name="Column">0 for text across the page, 1 for the left and 2 for the right column.</param>
/// <param name="IsTableRow">True when wide gaps split the line into cells.</param>
internal readonly record struct PdfLine(string Text, double Left, double Right, double Baseline, double Size, int Column, bool IsTableRow);
