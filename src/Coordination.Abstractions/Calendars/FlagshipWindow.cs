namespace Coordination.Abstractions.Calendars;

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
