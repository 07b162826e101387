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

    /// <summary>
    /// Checks the profile and hands each match over the threshold to its pair's alert; returns the alerts raised or reopened.
    /// A side that belongs to a family of two or more country records takes part as its family, so that another sector's
    /// record matching the programme has one alert for it, whichever of its records is found and in whatever order.
    /// </summary>
    public static async Task<int> RaiseAlertsAsync(IGrainFactory grains, OverlapProfile profile)
    {
        var matches = (await CheckAsync(grains, profile)).Where(m => m.RaisesAlert).ToArray();
        if (matches.Length == 0) return 0;
        var families = await FamiliesOfManyAsync(grains, profile, matches);
        string Party(OverlapProfile side, OverlapProfile against) =>
            ActivityFamilies.StandsFor(side, against) && families.Contains(side.Family!) ? side.Family! : side.ActivityId;
        var outcomes = await Task.WhenAll(matches.Select(async match =>
        {
            var other = await grains.GetGrain<IOverlapBucketGrain>(Partitions.OverlapBucket(match.ActivityId)).GetAsync(match.ActivityId);
            if (other is null) return RaiseOutcome.Suppressed; // deleted meanwhile
            var (checkedParty, otherParty) = (Party(profile, other), Party(other, profile));
            // Two records of one family that match are a pair of their own (the same country registered twice).
            if (checkedParty == otherParty) (checkedParty, otherParty) = (profile.ActivityId, match.ActivityId);
            return await grains.GetGrain<IAlertGrain>(AlertKeys.PairId(checkedParty, otherParty)).RaiseAsync(new AlertRaise(profile, match, other));
        }));
        return outcomes.Count(o => o is RaiseOutcome.Raised or RaiseOutcome.Reopened);
    }

    /// <summary>The families in play with records in two or more countries: those the check found twice or more, and the others asked.</summary>
    private static async Task<HashSet<string>> FamiliesOfManyAsync(IGrainFactory grains, OverlapProfile profile, OverlapMatch[] matches)
    {
        var many = matches.Where(m => m.FamilyMembersFound > 1).Select(m => m.Family!).ToHashSet(StringComparer.Ordinal);
        var toAsk = matches.Where(m => m.Family is not null && !many.Contains(m.Family)).Select(m => m.Family!)
            .Append(profile.Family).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var asked = await Task.WhenAll(toAsk.Select(async f => (Family: f, Spans: await grains.GetGrain<IActivityFamilyGrain>(f).SpansCountriesAsync())));
        many.UnionWith(asked.Where(a => a.Spans).Select(a => a.Family));
        return many;
    }
}
