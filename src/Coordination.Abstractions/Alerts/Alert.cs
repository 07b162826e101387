namespace Coordination.Abstractions.Alerts;

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
