namespace Coordination.Abstractions.Calendars;

/// <summary>A run of days on which a planned event, kept at its time of day and length, clashes with nothing.</summary>
[GenerateSerializer, Alias("coordination.FreeWindow")]
/// <param name="FirstStart">The earliest free local start, at the venue.</param>
/// <param name="LastStart">The latest local start in this run of free days.</param>
/// <param name="Days">How many consecutive start days are free.</param>
public sealed record FreeWindow(
    [property: Id(0)] DateTime FirstStart,
    [property: Id(1)] DateTime LastStart,
    [property: Id(2)] DateTimeOffset FirstStartUtc,
    [property: Id(3)] DateTimeOffset FirstEndUtc,
    [property: Id(4)] int Days);

/// <summary>Where to look for free windows: the allowed range of start days, at the venue.</summary>
[GenerateSerializer, Alias("coordination.FreeWindowRequest")]
public sealed record FreeWindowRequest(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] TimeOnly StartTime,
    [property: Id(3)] TimeSpan Duration,
    [property: Id(4)] int Limit);

/// <summary>
/// A start day in the searched range on which the planned event would raise an alert: the events and flagship windows
/// it would clash with that hard, or a note when the start time does not exist that day (a clock change at the venue).
/// </summary>
[GenerateSerializer, Immutable, Alias("coordination.BlockedDay")]
public sealed record BlockedDay(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] DateTime LocalStart,
    [property: Id(2)] DayBlocker[] Clashes,
    [property: Id(3)] string? Note = null);

/// <summary>One event or flagship window that blocks a day: its clash score and the rules (evidence) that make it an alert.</summary>
[GenerateSerializer, Immutable, Alias("coordination.DayBlocker")]
public sealed record DayBlocker(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] bool IsFlagship,
    [property: Id(3)] ClashKind[] Kinds,
    [property: Id(4)] double Score,
    [property: Id(5)] Severity Severity,
    [property: Id(6)] EvidenceItem[] Rules)
{
    public static DayBlocker Of(EventClash clash) => new(
        clash.Other.Id, clash.Other.Title, clash.IsFlagship, clash.Kinds, clash.Score, clash.Severity, clash.Explanation.Evidence);
}

/// <summary>The free windows found, roomiest first, and every blocked start day of the range, in order.</summary>
[GenerateSerializer, Immutable, Alias("coordination.FreeWindowResult")]
public sealed record FreeWindowResult(
    [property: Id(0)] FreeWindow[] Windows,
    [property: Id(1)] BlockedDay[] Blocked);
