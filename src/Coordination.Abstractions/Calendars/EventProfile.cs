namespace Coordination.Abstractions.Calendars;

/// <summary>
/// What the clash check keeps of an event, or of a flagship window: when (real instants), where, who organises
/// it, for whom, and its analysed title and description. Built from the event; never edited on its own, so it
/// is [Immutable]: the grains a check fans out to share one instance instead of each getting a deep copy.
/// </summary>
[GenerateSerializer, Immutable, Alias("coordination.EventProfile")]
public sealed record EventProfile
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public EventKind? Kind { get; init; }
    [Id(3)] public required DateTimeOffset StartUtc { get; init; }
    [Id(4)] public required DateTimeOffset EndUtc { get; init; }
    [Id(5)] public string? City { get; init; }
    [Id(6)] public string? Country { get; init; }
    [Id(7)] public required Region Region { get; init; }
    [Id(8)] public Sector[] Sectors { get; init; } = [];
    [Id(9)] public string[] Topics { get; init; } = [];
    /// <summary>Audience tags, as slugs ("ministers", "regulators").</summary>
    [Id(10)] public string[] Audience { get; init; } = [];
    /// <summary>Analysed terms of title and description; empty in the slim copies the audience calendars keep.</summary>
    [Id(11)] public Dictionary<string, int> Terms { get; init; } = [];
    [Id(12)] public int[] Trigrams { get; init; } = [];
    /// <summary>A flagship event or blackout window of the reference calendar, not a registered event.</summary>
    [Id(13)] public bool IsFlagship { get; init; }
    /// <summary>Changes exactly when something that matters to a clash changes.</summary>
    [Id(14)] public required string MaterialHash { get; init; }
    [Id(15)] public EventStatus Status { get; init; } = EventStatus.Planned;
    [Id(16)] public string TimeZone { get; init; } = "UTC";

    public EventSummary ToSummary() => new(EventId, Title, Kind ?? EventKind.Other, StartUtc, EndUtc, City, Country, Region, Sectors, Topics, Status, TimeZone);
}
