namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// One named step of the analysis, in the manner of spaCy's pipeline components: it reads some layers of a
/// <see cref="Doc"/> and writes others. Implementations are stateless between documents and thread-safe.
/// </summary>
public interface IPipe
{
    /// <summary>The step's name, unique in a pipeline; part of the analyser's version.</summary>
    string Name { get; }

    /// <summary>The layers the step needs written before it runs.</summary>
    DocLayer Reads { get; }

    /// <summary>The layers the step writes.</summary>
    DocLayer Writes { get; }

    /// <summary>Processes one document.</summary>
    void Process(Doc doc);
}
