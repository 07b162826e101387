namespace Coordination.Abstractions.Alerts;

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
    [property: Id(14)] DateTimeOffset? EscalatedAt = null,
    /// <summary>The dashboards the alert is routed to (null in summaries stored before they carried them).</summary>
    [property: Id(15)] string[]? Routes = null)
{
    public static AlertSummary Of(Alert a) => new(a.Id, a.Titles, a.Sectors, a.Regions, a.Severity, a.Score, a.Status, a.RaisedAt, a.UpdatedAt, a.Kind,
        a.Topics, a.AssignedTo, a.AcknowledgedBy is not null, a.ResolvedAt, a.EscalatedAt, a.Routes);
}
