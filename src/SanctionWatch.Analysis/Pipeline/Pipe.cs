namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// A pipe that states its name and the layers it reads and writes once, in its declaration, so that each step's
/// file holds only what the step does.
/// </summary>
public abstract class Pipe(string name, DocLayer reads, DocLayer writes) : IPipe
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public DocLayer Reads => reads;

    /// <inheritdoc />
    public DocLayer Writes => writes;

    /// <inheritdoc />
    public abstract void Process(Doc doc);
}
