namespace SanctionWatch.Analysis.Events;

/// <summary>What a cue word or phrase signals (a phrase may signal several things).</summary>
[Flags]
internal enum CueKind
{
    None = 0,
    Negation = 1 << 0,
    NegationNone = 1 << 1,
    Conditional = 1 << 2,
    Hypothetical = 1 << 3,
    Would = 1 << 4,
    Future = 1 << 5,
    Expected = 1 << 6,
    ExpectedSentence = 1 << 7,
    Alleged = 1 << 8,
    ModalSoll = 1 << 9,
    Perfect = 1 << 10,
    Passive = 1 << 11,
    SourceBefore = 1 << 12,
    SourceAfter = 1 << 13,
    Speech = 1 << 14,
    Claim = 1 << 15,
    Konjunktiv = 1 << 16,
    Pronoun = 1 << 17,
    Clause = 1 << 18,
    Past = 1 << 19,

    /// <summary>A verb of phase or success before an infinitive ("continued to send", "begann … zu liefern"): the infinitive happens, it is not planned.</summary>
    Aspect = 1 << 20,

    /// <summary>"Im Gegenzug", "in return": what follows flows back along the transfer told before.</summary>
    Reciprocal = 1 << 21,

    /// <summary>A Konjunktiv II auxiliary ("hätten", "wäre") that stands in for Konjunktiv I in reported speech when no condition is told.</summary>
    ReportedPast = 1 << 22,

    /// <summary>A verb of observing what others did ("detected a shipment", "sichtete eine Übergabe"): its subject saw it and took no part.</summary>
    Observation = 1 << 23,
}
