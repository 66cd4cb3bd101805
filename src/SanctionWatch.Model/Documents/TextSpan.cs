namespace SanctionWatch.Model.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's normalised text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered text.</summary>
    public string Of(string text) => text[Start..End];
}
