namespace Coordination.Domain.Alerts;

/// <summary>When alerts and activities are overdue.</summary>
/// <param name="AlertOverdueAfter">An open alert older than this is overdue and escalated from the MCG to the Coordination Committee.</param>
/// <param name="ActivityStaleAfter">An activity not updated for this long (a planning cycle) is overdue for review.</param>
/// <param name="CheckEvery">How often overdue alerts are looked for.</param>
public sealed record AgeingSettings(TimeSpan AlertOverdueAfter, TimeSpan ActivityStaleAfter, TimeSpan CheckEvery)
{
    public static AgeingSettings Default { get; } = new(TimeSpan.FromDays(30), TimeSpan.FromDays(30), TimeSpan.FromHours(1));

    public bool IsOverdue(AlertSummary alert, DateTimeOffset now) =>
        alert.Status == AlertStatus.Open && now - alert.RaisedAt > AlertOverdueAfter;

    public bool IsStale(ActivitySummary activity, DateTimeOffset now) =>
        activity.Status is not (ActivityStatus.Completed or ActivityStatus.Cancelled) && now - activity.UpdatedAt > ActivityStaleAfter;

    /// <summary>The committee routes whose overdue alerts are escalated (the CoCo itself has nobody to escalate to).</summary>
    public static IReadOnlyList<string> EscalatedRoutes { get; } = [AlertKeys.Mcg, AlertKeys.McgPlus];
}
