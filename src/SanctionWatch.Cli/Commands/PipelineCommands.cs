using System.CommandLine;

namespace SanctionWatch.Cli.Commands;

/// <summary>The document pipeline: <c>analyze</c>, <c>ingest</c>, <c>worker</c>, <c>dossier</c>.</summary>
public static class PipelineCommands
{
    /// <summary>Creates the commands.</summary>
    public static IEnumerable<Command> Create()
    {
        yield break;
    }
}
