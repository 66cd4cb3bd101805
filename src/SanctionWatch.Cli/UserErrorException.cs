namespace SanctionWatch.Cli;

/// <summary>A problem with the user's input that ends a command with a one-line message and an exit code.</summary>
public sealed class UserErrorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UserErrorException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public UserErrorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public UserErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The exit code to end with.</summary>
    public int ExitCode { get; init; } = ExitCodes.Error;
}
