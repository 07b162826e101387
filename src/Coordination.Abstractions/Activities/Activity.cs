namespace Coordination.Abstractions.Activities;

/// <summary>
/// An activity as a task-force member submits it: codes are plain strings so that an unknown one
/// reaches validation and gets a clear message instead of failing deserialisation.
/// </summary>
[GenerateSerializer, Alias("coordination.ActivityDraft")]
public sealed record ActivityDraft
{
    [Id(0)] public string? Id { get; init; }
    [Id(1)] public string? Sector { get; init; }
    [Id(2)] public string? Unit { get; init; }
    [Id(3)] public string? Kind { get; init; }
    [Id(4)] public string? Title { get; init; }
    [Id(5)] public string? Description { get; init; }
    /// <summary>One of the six UN languages: ar, zh, en, fr, ru, es.</summary>
    [Id(6)] public string? Language { get; init; }
    [Id(7)] public string[]? Keywords { get; init; }
    [Id(8)] public string[]? Topics { get; init; }
    [Id(9)] public string? ThematicPriority { get; init; }
    [Id(10)] public string[]? Targets { get; init; }
    [Id(11)] public string[]? Regions { get; init; }
    [Id(12)] public string[]? Countries { get; init; }
    [Id(13)] public DateOnly? StartDate { get; init; }
    [Id(14)] public DateOnly? EndDate { get; init; }
    [Id(15)] public string? Status { get; init; }
}

/// <summary>A validated, stored activity (study, project, publication, workshop...).</summary>
[GenerateSerializer, Alias("coordination.Activity")]
public sealed record Activity
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required Sector Sector { get; init; }
    [Id(2)] public string? Unit { get; init; }
    [Id(3)] public required ActivityKind Kind { get; init; }
    [Id(4)] public required string Title { get; init; }
    [Id(5)] public string Description { get; init; } = "";
    [Id(6)] public required string Language { get; init; }
    [Id(7)] public string[] Keywords { get; init; } = [];
    [Id(8)] public string[] Topics { get; init; } = [];
    [Id(9)] public string? ThematicPriority { get; init; }
    [Id(10)] public string[] Targets { get; init; } = [];
    [Id(11)] public Region[] Regions { get; init; } = [];
    [Id(12)] public string[] Countries { get; init; } = [];
    [Id(13)] public DateOnly? StartDate { get; init; }
    [Id(14)] public DateOnly? EndDate { get; init; }
    [Id(15)] public required ActivityStatus Status { get; init; }
    [Id(16)] public required Audit Audit { get; init; }
}

/// <summary>What listings show of an activity; kept by the sector and topic indexes.</summary>
[GenerateSerializer, Alias("coordination.ActivitySummary")]
public sealed record ActivitySummary(
    [property: Id(0)] string Id,
    [property: Id(1)] Sector Sector,
    [property: Id(2)] ActivityKind Kind,
    [property: Id(3)] string Title,
    [property: Id(4)] ActivityStatus Status,
    [property: Id(5)] string[] Topics,
    [property: Id(6)] Region[] Regions,
    [property: Id(7)] DateOnly? StartDate,
    [property: Id(8)] DateOnly? EndDate,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] string? Family = null,
    /// <summary>The title's language (null in listings stored before they carried it).</summary>
    [property: Id(11)] string? Language = null)
{
    /// <param name="family">The family of country records the activity belongs to, if any (ActivitySummary lists show it once).</param>
    public static ActivitySummary Of(Activity a, string? family = null) => new(
        a.Id, a.Sector, a.Kind, a.Title, a.Status, a.Topics, a.Regions, a.StartDate, a.EndDate, a.Audit.UpdatedAt, family, a.Language);
}
