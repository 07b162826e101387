namespace Coordination.Abstractions.Calendars;

/// <summary>Two events of a calendar that clash, for a director's list of the region's clashes.</summary>
[GenerateSerializer, Immutable, Alias("coordination.CalendarClash")]
public sealed record CalendarClash(
    [property: Id(0)] EventSummary Event,
    [property: Id(1)] EventClash Clash);
