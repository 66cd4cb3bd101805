namespace SanctionWatch.Cli;

/// <summary>The exit codes every command uses.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>An error; nothing was written.</summary>
    public const int Error = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Some inputs were skipped with a warning; the output is still written.</summary>
    public const int Partial = 3;
}
