using Orleans.Concurrency;

namespace Coordination.Abstractions.Alerts;

/// <summary>Escalates overdue alerts from the MCG to the Coordination Committee, on a reminder or on request.</summary>
[Alias("coordination.IAlertAgeingGrain")]
public interface IAlertAgeingGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the reminder; idempotent.</summary>
    [Alias("Schedule")] Task ScheduleAsync();

    /// <summary>Escalates every overdue open alert not yet escalated; returns how many were.</summary>
    [Alias("Run")] Task<int> RunAsync();
}
