namespace SanctionWatch.Analysis.Pipeline;

/// <summary>The layers of a <see cref="Doc"/> that pipes read and write, so that a pipeline can check its order.</summary>
[Flags]
public enum DocLayer
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The tokens of the text.</summary>
    Tokens = 1,

    /// <summary>The sentences, as character spans and token ranges.</summary>
    Sentences = 2,

    /// <summary>The entity mentions; frozen (ordered, indexes stable) before the first pipe that reads them.</summary>
    Mentions = 4,

    /// <summary>Per-sentence syntax: tags, morphology, lemmas and dependency relations.</summary>
    Syntax = 8,

    /// <summary>The events.</summary>
    Events = 16,

    /// <summary>The quotes.</summary>
    Quotes = 32,

    /// <summary>Wire-copy furniture: datelines and headline prefixes, whose names are no parties or speakers.</summary>
    Furniture = 64,
}
