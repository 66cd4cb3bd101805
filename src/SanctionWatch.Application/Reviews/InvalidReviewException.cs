namespace SanctionWatch.Application.Reviews;

/// <summary>A review decision that cannot be recorded: unknown kind or verdict, a malformed or unknown id.</summary>
public sealed class InvalidReviewException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidReviewException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public InvalidReviewException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public InvalidReviewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
