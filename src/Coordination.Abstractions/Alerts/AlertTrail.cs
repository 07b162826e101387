namespace Coordination.Abstractions.Alerts;

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
