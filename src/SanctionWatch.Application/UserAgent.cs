namespace SanctionWatch.Application;

/// <summary>The User-Agent of every request SanctionWatch makes, so that a server's operator can see who asks.</summary>
public static class UserAgent
{
    /// <summary>The header value.</summary>
    public const string Value = "SanctionWatch/1.0 (sanctions monitoring; feed poller and webhook)";
}
