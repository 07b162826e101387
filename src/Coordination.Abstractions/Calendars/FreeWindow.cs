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
