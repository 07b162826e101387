using Coordination.Grains.Diagnostics;
using Orleans.Concurrency;

namespace Coordination.Grains.Overlaps;

/// <summary>
/// Fans a check out to every index shard and merges their best matches, a family of country records shown once, of which
/// the alert budget lets the most severe raise alerts; one per silo core, no state.
/// </summary>
[StatelessWorker]
public sealed class OverlapDetectorGrain(AlertBudget budget) : Grain, IOverlapDetectorGrain
{
    public async Task<OverlapMatch[]> CheckAsync(OverlapProfile query, int limit)
    {
        using var activity = CoordinationTelemetry.Source.StartActivity("overlap check");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var answers = await Task.WhenAll(Enumerable.Range(0, Partitions.OverlapShards)
            .Select(s => GrainFactory.GetGrain<IOverlapShardGrain>(s).QueryAsync(query, limit)));
        var matches = budget.Apply(ActivityFamilies.Collapse(OverlapScorer.Rank(answers.SelectMany(a => a))).Take(limit).ToArray());
        CoordinationTelemetry.DetectionDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return matches;
    }
}
