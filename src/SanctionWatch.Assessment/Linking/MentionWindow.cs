namespace SanctionWatch.Assessment.Linking;

/// <summary>The text just before a mention, the mention, and the text just after it.</summary>
/// <param name="Before">Up to a sentence's worth of text before the mention.</param>
/// <param name="Text">The mention.</param>
/// <param name="After">Up to a sentence's worth of text after the mention.</param>
public sealed record MentionWindow(string Before, string Text, string After)
{
    /// <summary>How many characters of text on each side a window keeps.</summary>
    public const int Width = 160;

    /// <summary>The window around characters <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>.</summary>
    public static MentionWindow Around(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        int from = Math.Max(0, start - Width);
        int to = Math.Min(text.Length, end + Width);
        return new MentionWindow(text[from..start], text[start..end], text[end..to]);
    }
}
