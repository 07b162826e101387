using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain;
using Coordination.Domain.Overlaps;

namespace Coordination.Grains.Overlaps;

/// <summary>The operations on the overlap index that record grains share.</summary>
public static class OverlapIndex
{
    /// <summary>Matches returned by a check, best first.</summary>
    public const int MatchesReported = 10;

    /// <summary>Durable bucket first, then the shard's memory: a shard activating meanwhile reads the bucket and is exact either way.</summary>
    public static async Task UpsertAsync(IGrainFactory grains, OverlapProfile profile)
    {
        var bucket = Partitions.OverlapBucket(profile.ActivityId);
        await grains.GetGrain<IOverlapBucketGrain>(bucket).UpsertAsync(profile);
        await grains.GetGrain<IOverlapShardGrain>(Partitions.OverlapShardOf(bucket)).UpsertAsync(profile);
    }

    public static async Task RemoveAsync(IGrainFactory grains, string activityId)
    {
        var bucket = Partitions.OverlapBucket(activityId);
        await grains.GetGrain<IOverlapBucketGrain>(bucket).RemoveAsync(activityId);
        await grains.GetGrain<IOverlapShardGrain>(Partitions.OverlapShardOf(bucket)).RemoveAsync(activityId);
    }

    public static Task<OverlapMatch[]> CheckAsync(IGrainFactory grains, OverlapProfile profile) =>
        grains.GetGrain<IOverlapDetectorGrain>(0).CheckAsync(profile, MatchesReported);

    /// <summary>Checks the profile and hands each match over the threshold to its pair's alert; returns the alerts raised or reopened.</summary>
    public static async Task<int> RaiseAlertsAsync(IGrainFactory grains, OverlapProfile profile)
    {
        var matches = (await CheckAsync(grains, profile)).Where(m => m.RaisesAlert).ToArray();
        var outcomes = await Task.WhenAll(matches.Select(async match =>
        {
            var other = await grains.GetGrain<IOverlapBucketGrain>(Partitions.OverlapBucket(match.ActivityId)).GetAsync(match.ActivityId);
            if (other is null) return RaiseOutcome.Suppressed; // deleted meanwhile
            return await grains.GetGrain<IAlertGrain>(Alerts.PairId(profile.ActivityId, match.ActivityId)).RaiseAsync(new AlertRaise(profile, match, other));
        }));
        return outcomes.Count(o => o is RaiseOutcome.Raised or RaiseOutcome.Reopened);
    }
}
