namespace Coordination.Abstractions.Model;

public enum AlertStatus { Open, Resolved }

/// <summary>How a committee decided an alert.</summary>
public enum AlertResolution
{
    /// <summary>Both continue, linked under one task force.</summary>
    Coordinate,
    /// <summary>They become one activity.</summary>
    Merge,
    /// <summary>Not a duplicate; a reason is required. Not raised again unless one side changes materially.</summary>
    NotDuplicate,
}

/// <summary>
/// A suspected duplication between two activities ("activity-overlap"), or a clash between two events or an
/// event and a flagship window ("event-clash"), routed to the committees that must look at it.
/// </summary>
[GenerateSerializer, Alias("coordination.Alert")]
public sealed record Alert
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string Kind { get; init; } = "activity-overlap";
    [Id(2)] public required string[] ItemIds { get; init; }
    [Id(3)] public required string[] Titles { get; init; }
    [Id(4)] public required Sector[] Sectors { get; init; }
    [Id(5)] public Region[] Regions { get; init; } = [];
    [Id(6)] public required Severity Severity { get; init; }
    [Id(7)] public required double Score { get; init; }
    [Id(8)] public required OverlapExplanation Explanation { get; init; }
    /// <summary>Where it is shown: MCG, CoCo, TF:{task force}, RD:{region}.</summary>
    [Id(9)] public string[] Routes { get; init; } = [];
    [Id(10)] public required AlertStatus Status { get; init; }
    [Id(11)] public AlertResolution? Resolution { get; init; }
    [Id(12)] public string? ResolutionReason { get; init; }
    [Id(13)] public string? ResolvedBy { get; init; }
    [Id(14)] public required DateTimeOffset RaisedAt { get; init; }
    [Id(15)] public required DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The two sides' material hashes when last raised: a resolved alert reopens only when this changes.</summary>
    [Id(16)] public required string MaterialKey { get; init; }
    [Id(17)] public int TimesChecked { get; init; } = 1;
}

/// <summary>What an alert inbox lists.</summary>
[GenerateSerializer, Alias("coordination.AlertSummary")]
public sealed record AlertSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string[] Titles,
    [property: Id(2)] Sector[] Sectors,
    [property: Id(3)] Region[] Regions,
    [property: Id(4)] Severity Severity,
    [property: Id(5)] double Score,
    [property: Id(6)] AlertStatus Status,
    [property: Id(7)] DateTimeOffset RaisedAt,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] string Kind = "activity-overlap")
{
    public static AlertSummary Of(Alert a) => new(a.Id, a.Titles, a.Sectors, a.Regions, a.Severity, a.Score, a.Status, a.RaisedAt, a.UpdatedAt, a.Kind);
}

/// <summary>A detected overlap handed to the pair's alert grain.</summary>
[GenerateSerializer, Alias("coordination.AlertRaise")]
public sealed record AlertRaise(
    [property: Id(0)] OverlapProfile Checked,
    [property: Id(1)] OverlapMatch Match,
    [property: Id(2)] OverlapProfile Other);

/// <summary>A clash between a checked event and another event or a flagship window, handed to the pair's alert grain.</summary>
[GenerateSerializer, Alias("coordination.EventClashRaise")]
public sealed record EventClashRaise(
    [property: Id(0)] EventProfile Checked,
    [property: Id(1)] EventClash Clash);

public enum RaiseOutcome { Raised, Updated, Reopened, Suppressed }

/// <summary>Progress of a re-scan of every activity.</summary>
[GenerateSerializer, Alias("coordination.RescanProgress")]
public sealed record RescanProgress(
    [property: Id(0)] bool Running,
    [property: Id(1)] DateTimeOffset? StartedAt,
    [property: Id(2)] DateTimeOffset? FinishedAt,
    [property: Id(3)] int Total,
    [property: Id(4)] int Done,
    [property: Id(5)] int AlertsRaised,
    [property: Id(6)] int Failed);

[GenerateSerializer, Alias("coordination.OverlapShardStats")]
public sealed record OverlapShardStats(
    [property: Id(0)] int Documents,
    [property: Id(1)] int Terms,
    [property: Id(2)] long Postings);
