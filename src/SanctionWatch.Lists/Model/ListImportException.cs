namespace SanctionWatch.Lists.Model;

/// <summary>A list file that cannot be imported (hostile, truncated, wrong format); the message is one line.</summary>
public sealed class ListImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ListImportException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public ListImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public ListImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
