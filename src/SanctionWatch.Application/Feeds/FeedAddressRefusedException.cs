namespace SanctionWatch.Application.Feeds;

/// <summary>A feed's host resolved to an address feeds may not reach (see <see cref="FeedAddressPolicy"/>).</summary>
public sealed class FeedAddressRefusedException : IOException
{
    /// <summary>Creates the exception.</summary>
    public FeedAddressRefusedException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public FeedAddressRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public FeedAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
