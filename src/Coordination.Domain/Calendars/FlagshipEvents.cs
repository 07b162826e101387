namespace Coordination.Domain.Calendars;

/// <summary>
/// A flagship window and an event registered for it (the WSIS Forum's event in the WSIS Forum window) are one real
/// thing. Another event that clashes with both is alerted once, for the clash with the event, which is the more
/// specific; the window's clash is still shown, marked with the event that carries its alert.
/// </summary>
public static class FlagshipEvents
{
    /// <summary>The evidence a window clash gets when its own event carries the alert.</summary>
    public const string AlertedAsEvidence = "alerted-as-event";

    /// <summary>
    /// The event is the window's own, or one of its side events: it overlaps the window and its title and description hold
    /// every term of the window's name. The scorer does not clash such an event with its window.
    /// </summary>
    public static bool IsEventOf(EventProfile window, EventProfile e) =>
        window.IsFlagship && !e.IsFlagship
        && window.StartUtc < e.EndUtc && e.StartUtc < window.EndUtc
        && window.Terms.Count > 0 && window.Terms.Keys.All(e.Terms.ContainsKey);

    /// <summary>
    /// The clashes of one checked event, each window clash that would raise an alert kept but no longer raising one when
    /// a clash with the window's own event raises one too. <paramref name="profiles"/> holds the windows and events
    /// met, by id; a clash whose profile is missing is left as it is.
    /// </summary>
    public static EventClash[] OneAlertPerPair(IReadOnlyList<EventClash> clashes, IReadOnlyDictionary<string, EventProfile> profiles)
    {
        var alertedEvents = clashes.Where(c => c is { IsFlagship: false, RaisesAlert: true })
            .Select(c => profiles.GetValueOrDefault(c.Other.Id)).OfType<EventProfile>().ToArray();
        if (alertedEvents.Length == 0) return [.. clashes];
        return clashes.Select(c =>
            c is { IsFlagship: true, RaisesAlert: true } && profiles.GetValueOrDefault(c.Other.Id) is { } window
            && alertedEvents.FirstOrDefault(e => IsEventOf(window, e)) is { } own
                ? CoveredBy(c, own)
                : c).ToArray();
    }

    /// <summary>The window's clash, its alert carried by the clash with <paramref name="own"/>, the event held in it.</summary>
    public static EventClash CoveredBy(EventClash windowClash, EventProfile own) => windowClash with
    {
        RaisesAlert = false,
        AlertedAs = own.EventId,
        Explanation = windowClash.Explanation with
        {
            Evidence =
            [
                .. windowClash.Explanation.Evidence,
                new EvidenceItem(AlertedAsEvidence, $"{own.Title} is held in {windowClash.Other.Title} and is alerted itself: one alert for the pair, the event's", 0),
            ],
        },
    };
}
