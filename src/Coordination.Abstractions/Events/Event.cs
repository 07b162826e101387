namespace Coordination.Abstractions.Events;

/// <summary>
/// A planned event as submitted. Start and end are wall-clock times at the venue, in <see cref="TimeZone"/>
/// (an IANA zone such as "Africa/Nairobi"), so that clashes are computed on real instants.
/// </summary>
[GenerateSerializer, Alias("coordination.EventDraft")]
public sealed record EventDraft
{
    [Id(0)] public string? Id { get; init; }
    [Id(1)] public string? Title { get; init; }
    [Id(2)] public string? Description { get; init; }
    [Id(3)] public string? Kind { get; init; }
    [Id(4)] public DateTime? Start { get; init; }
    [Id(5)] public DateTime? End { get; init; }
    [Id(6)] public string? TimeZone { get; init; }
    [Id(7)] public string? City { get; init; }
    [Id(8)] public string? Country { get; init; }
    /// <summary>Optional when <see cref="Country"/> is given: then the country's region is used.</summary>
    [Id(9)] public string? Region { get; init; }
    [Id(10)] public string[]? OrganisingSectors { get; init; }
    [Id(11)] public string[]? Topics { get; init; }
    [Id(12)] public string[]? Audience { get; init; }
    [Id(13)] public string? Status { get; init; }
    /// <summary>Language of title and description: one of the six UN languages, English when absent.</summary>
    [Id(14)] public string? Language { get; init; }
}

[GenerateSerializer, Alias("coordination.Event")]
public sealed record Event
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public string Description { get; init; } = "";
    [Id(3)] public required EventKind Kind { get; init; }
    /// <summary>Local wall-clock start at the venue.</summary>
    [Id(4)] public required DateTime Start { get; init; }
    [Id(5)] public required DateTime End { get; init; }
    [Id(6)] public required string TimeZone { get; init; }
    [Id(7)] public required DateTimeOffset StartUtc { get; init; }
    [Id(8)] public required DateTimeOffset EndUtc { get; init; }
    [Id(9)] public string? City { get; init; }
    [Id(10)] public string? Country { get; init; }
    [Id(11)] public required Region Region { get; init; }
    [Id(12)] public Sector[] OrganisingSectors { get; init; } = [];
    [Id(13)] public string[] Topics { get; init; } = [];
    [Id(14)] public string[] Audience { get; init; } = [];
    [Id(15)] public required EventStatus Status { get; init; }
    [Id(16)] public required Audit Audit { get; init; }
    [Id(17)] public string Language { get; init; } = "en";
}

/// <summary>What a regional calendar keeps of an event.</summary>
/// <param name="TimeZone">The venue's IANA zone, to show the venue's local time; null in calendar entries kept before it was added, until the event is saved again.</param>
[GenerateSerializer, Alias("coordination.EventSummary")]
public sealed record EventSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] EventKind Kind,
    [property: Id(3)] DateTimeOffset StartUtc,
    [property: Id(4)] DateTimeOffset EndUtc,
    [property: Id(5)] string? City,
    [property: Id(6)] string? Country,
    [property: Id(7)] Region Region,
    [property: Id(8)] Sector[] OrganisingSectors,
    [property: Id(9)] string[] Topics,
    [property: Id(10)] EventStatus Status,
    [property: Id(11)] string? TimeZone = null)
{
    public static EventSummary Of(Event e) => new(
        e.Id, e.Title, e.Kind, e.StartUtc, e.EndUtc, e.City, e.Country, e.Region, e.OrganisingSectors, e.Topics, e.Status, e.TimeZone);
}
