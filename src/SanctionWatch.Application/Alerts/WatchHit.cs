namespace SanctionWatch.Application.Alerts;

/// <summary>Something in the dossier a watch cares about: the alert it would raise and the keys that make it new.</summary>
/// <param name="Keys">Stable keys (document, offsets, list reference) that identify what the hit covers; it is new when any key is unseen.</param>
/// <param name="Alert">The alert to raise when it is new.</param>
public sealed record WatchHit(IReadOnlyList<string> Keys, NewAlert Alert);
