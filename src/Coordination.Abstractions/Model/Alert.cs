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
    /// <summary>Set by the platform, never chosen: one side was deleted, so there is nothing left to decide.</summary>
    Withdrawn,
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
    /// <summary>The topics of either side: the dashboards filter on them and the topic page lists them.</summary>
    [Id(18)] public string[] Topics { get; init; } = [];
    /// <summary>Every decision and change of hands, oldest first: who, when, what, before and after.</summary>
    [Id(19)] public AlertTrailEntry[] Trail { get; init; } = [];
    [Id(20)] public string? AssignedTo { get; init; }
    [Id(21)] public string? AcknowledgedBy { get; init; }
    [Id(22)] public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>When the alert, open too long, was escalated from the MCG to the Coordination Committee.</summary>
    [Id(23)] public DateTimeOffset? EscalatedAt { get; init; }
    /// <summary>The task force under which a <see cref="AlertResolution.Coordinate"/> decision links both sides.</summary>
    [Id(24)] public string? CoordinatingTaskForce { get; init; }
    /// <summary>
    /// The family of country records one side stands for ("family:BDT:…"): <see cref="ItemIds"/> then holds the record
    /// last found of it, and the alert is about the programme, not that one country.
    /// </summary>
    [Id(25)] public string? Family { get; init; }
}

/// <summary>One line of an alert's audit trail.</summary>
[GenerateSerializer, Alias("coordination.AlertTrailEntry")]
public sealed record AlertTrailEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string? Before,
    [property: Id(4)] string? After,
    [property: Id(5)] string? Note = null);

/// <summary>The actions recorded in an alert's trail.</summary>
public static class AlertActions
{
    public const string Raised = "raised";
    public const string Reopened = "reopened";
    public const string Acknowledged = "acknowledged";
    public const string Assigned = "assigned";
    public const string Commented = "commented";
    public const string Resolved = "resolved";
    public const string Escalated = "escalated";
    public const string Withdrawn = "withdrawn";

    /// <summary>The actor of what the platform does by itself (raising, reopening, escalating).</summary>
    public const string System = "system";
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
    [property: Id(9)] string Kind = "activity-overlap",
    [property: Id(10)] string[]? Topics = null,
    [property: Id(11)] string? AssignedTo = null,
    [property: Id(12)] bool Acknowledged = false,
    [property: Id(13)] DateTimeOffset? ResolvedAt = null,
    [property: Id(14)] DateTimeOffset? EscalatedAt = null)
{
    public static AlertSummary Of(Alert a) => new(a.Id, a.Titles, a.Sectors, a.Regions, a.Severity, a.Score, a.Status, a.RaisedAt, a.UpdatedAt, a.Kind,
        a.Topics, a.AssignedTo, a.AcknowledgedBy is not null, a.ResolvedAt, a.EscalatedAt);
}

/// <summary>What the live feed carries: an alert's summary as it now is, and every dashboard it is shown on.</summary>
[GenerateSerializer, Immutable, Alias("coordination.AlertChange")]
public sealed record AlertChange(
    [property: Id(0)] AlertSummary Summary,
    [property: Id(1)] string[] Routes);

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

/// <summary>A shard's document count and the document frequency of each of its terms; built per call, never changed.</summary>
[GenerateSerializer, Immutable, Alias("coordination.ShardTermStatistics")]
public sealed record ShardTermStatistics(
    [property: Id(0)] int Documents,
    [property: Id(1)] Dictionary<string, int> DocumentFrequencies,
    [property: Id(2)] Dictionary<string, int>? ConceptFrequencies = null);

[GenerateSerializer, Alias("coordination.OverlapShardStats")]
public sealed record OverlapShardStats(
    [property: Id(0)] int Documents,
    [property: Id(1)] int Terms,
    [property: Id(2)] long Postings);
