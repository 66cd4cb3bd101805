namespace SanctionWatch.Analysis.Events;

/// <summary>How a phrase is attached to a predicate in the dependency tree.</summary>
internal enum GrammaticalRole : byte
{
    /// <summary>Not an argument of the predicate: it hangs in another clause, or the tree does not reach it.</summary>
    Unattached,

    /// <summary>The subject of an active clause (nsubj), or the antecedent a relative pronoun subject stands for.</summary>
    Subject,

    /// <summary>The subject of a passive clause (nsubj:pass).</summary>
    PassiveSubject,

    /// <summary>The direct object (obj).</summary>
    Object,

    /// <summary>The indirect object (iobj; a German dative).</summary>
    Indirect,

    /// <summary>An oblique or a noun's modifier with a preposition (obl, nmod): its <see cref="Argument.Case"/> says which.</summary>
    Oblique,

    /// <summary>The agent of a passive (obl:agent, or "by" / "von" / "durch" in a passive clause).</summary>
    Agent,
}

/// <summary>A phrase's role at a predicate, with the preposition that marks an oblique (lower case), if any.</summary>
internal readonly record struct Argument(GrammaticalRole Role, string? Case);
