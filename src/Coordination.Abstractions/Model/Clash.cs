namespace Coordination.Abstractions.Model;

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

    public EventSummary ToSummary() => new(EventId, Title, Kind ?? EventKind.Other, StartUtc, EndUtc, City, Country, Region, Sectors, Topics, Status);
}

/// <summary>Why two events clash. One pair may clash in several ways; each adds to the score.</summary>
public enum ClashKind
{
    /// <summary>The same event registered twice: alike in name, same place, overlapping dates.</summary>
    Duplicate,
    /// <summary>Overlapping or adjacent dates in the same city.</summary>
    SameCity,
    /// <summary>Overlapping or adjacent dates in the same country.</summary>
    SameCountry,
    /// <summary>Overlapping dates in the same region.</summary>
    SameRegion,
    /// <summary>Same topic or similar title and description, in the same region within the subject window.</summary>
    SameSubject,
    /// <summary>Aimed at the same audience in overlapping weeks, anywhere.</summary>
    SameAudience,
    /// <summary>During, or adjacent to, a flagship event or blackout window.</summary>
    Flagship,
}

/// <summary>One event (or flagship window) a planned event clashes with, ranked by score and explained.</summary>
[GenerateSerializer, Immutable, Alias("coordination.EventClash")]
/// <param name="Explanation">Text signals and shared terms of title and description, and each clash found with its contribution.</param>
public sealed record EventClash(
    [property: Id(0)] EventSummary Other,
    [property: Id(1)] bool IsFlagship,
    [property: Id(2)] ClashKind[] Kinds,
    [property: Id(3)] double Score,
    [property: Id(4)] Severity Severity,
    [property: Id(5)] bool RaisesAlert,
    [property: Id(6)] OverlapExplanation Explanation,
    [property: Id(7)] string OtherMaterialHash = "",
    [property: Id(8)] bool BeyondBudget = false);

/// <summary>How wide the clash check looks; defaults from configuration, a request may narrow or widen them.</summary>
[GenerateSerializer, Alias("coordination.ClashSettings")]
/// <param name="AdjacencyGap">Events this close without overlapping still clash in the same city or country (default 7 days).</param>
/// <param name="SubjectWindow">Events on the same subject in the same region this close clash (default 6 weeks).</param>
public sealed record ClashSettings(
    [property: Id(0)] TimeSpan AdjacencyGap,
    [property: Id(1)] TimeSpan SubjectWindow)
{
    public static ClashSettings Default { get; } = new(TimeSpan.FromDays(7), TimeSpan.FromDays(42));

    /// <summary>The farthest apart two events may be and still clash in any way.</summary>
    public TimeSpan Reach => AdjacencyGap > SubjectWindow ? AdjacencyGap : SubjectWindow;
}

/// <summary>Two events of a calendar that clash, for a director's list of the region's clashes.</summary>
[GenerateSerializer, Immutable, Alias("coordination.CalendarClash")]
public sealed record CalendarClash(
    [property: Id(0)] EventSummary Event,
    [property: Id(1)] EventClash Clash);

/// <summary>A flagship event or blackout window: editable reference data the whole calendar is checked against.</summary>
[GenerateSerializer, Alias("coordination.FlagshipWindow")]
public sealed record FlagshipWindow
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required string Name { get; init; }
    /// <summary>First day, inclusive, at the venue.</summary>
    [Id(2)] public required DateOnly Start { get; init; }
    /// <summary>Last day, inclusive.</summary>
    [Id(3)] public required DateOnly End { get; init; }
    [Id(4)] public string? City { get; init; }
    [Id(5)] public string? Country { get; init; }
    [Id(6)] public string TimeZone { get; init; } = "UTC";
    [Id(7)] public Sector Sector { get; init; } = Sector.GS;
    [Id(8)] public string[] Audience { get; init; } = [];
    /// <summary>A blackout window (a conference period, a statutory meeting) rather than an event one could attend.</summary>
    [Id(9)] public bool Blackout { get; init; }
    /// <summary>Where the dates come from ("provisional", a Council decision...).</summary>
    [Id(10)] public string? Note { get; init; }
}

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
