namespace SanctionWatch.Application.Alerts;

/// <summary>The kinds of alerts a watch raises.</summary>
public static class AlertKinds
{
    /// <summary>New mentions, events or quotes about a watched subject in a document.</summary>
    public const string Evidence = "evidence";

    /// <summary>A new finding for a watched measure or involving a watched subject.</summary>
    public const string Finding = "finding";

    /// <summary>A watched entity newly matched to a sanctions-list entry.</summary>
    public const string Listing = "listing";
}
