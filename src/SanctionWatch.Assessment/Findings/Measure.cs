namespace SanctionWatch.Assessment.Findings;

/// <summary>One sanctions measure: what it prohibits, in which direction, for which items, under which provisions.</summary>
/// <param name="Id">The contract's measure id (<c>arms-export</c>, …).</param>
/// <param name="Description">What it prohibits.</param>
/// <param name="Direction"><c>to-dprk</c>, <c>from-dprk</c> or <c>either</c>.</param>
/// <param name="Categories">Item categories whose transfer in that direction may breach it.</param>
/// <param name="Provisions">The resolution paragraphs.</param>
/// <param name="Verified">False where the paragraph numbers still need checking against the resolution texts.</param>
public sealed record Measure(
    string Id,
    string Description,
    string Direction,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Provisions,
    bool Verified);
