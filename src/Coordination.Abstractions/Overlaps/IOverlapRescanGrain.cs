using Orleans.Concurrency;

namespace Coordination.Abstractions.Overlaps;

/// <summary>Re-checks every activity, on a reminder at the start of each planning cycle or on request.</summary>
[Alias("coordination.IOverlapRescanGrain")]
public interface IOverlapRescanGrain : IGrainWithIntegerKey
{
    [Alias("Start")] Task<RescanProgress> StartAsync();

    [Alias("Progress"), ReadOnly] Task<RescanProgress> GetProgressAsync();

    /// <summary>Registers the planning-cycle reminder; idempotent.</summary>
    [Alias("Schedule")] Task ScheduleAsync(TimeSpan period);
}
