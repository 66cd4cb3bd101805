namespace SanctionWatch.Assessment.Linking;

/// <summary>Which of an entity's names matched which name of a list entry, and how strongly.</summary>
/// <param name="EntityName">The name as the article writes it.</param>
/// <param name="EntryName">The entry's name or alias as the list writes it.</param>
/// <param name="Property">Which of the entry's names it is: <c>name</c>, <c>alias</c>, <c>previousName</c> or <c>weakAlias</c>.</param>
/// <param name="Strength">How strongly the two names agree.</param>
/// <param name="Detail">Which parts matched, for the analyst.</param>
public sealed record NameEvidence(string EntityName, string EntryName, string Property, NameStrength Strength, string Detail)
{
    /// <summary>True for a weak alias (OFAC remark a.k.a., UN low-quality alias), which can only support a link.</summary>
    public bool Weak => Property == Lists.Model.FtmProperty.WeakAlias;
}
