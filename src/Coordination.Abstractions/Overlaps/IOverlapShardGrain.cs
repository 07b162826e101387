using Orleans.Concurrency;

namespace Coordination.Abstractions.Overlaps;

/// <summary>
/// One shard of the in-memory inverted index: the profiles of its buckets, their postings and document
/// frequencies. A check asks every shard for its best candidates, scored and explained. Terms are weighed by
/// their document frequencies in the whole collection: the shard's own, plus those of the other shards as
/// last gathered (<see cref="RefreshStatisticsAsync"/>, on a timer, and before answering once the shard has grown
/// by a quarter since).
/// </summary>
[Alias("coordination.IOverlapShardGrain")]
public interface IOverlapShardGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(OverlapProfile profile);

    [Alias("Remove")] Task RemoveAsync(string activityId);

    [Alias("Query"), ReadOnly] Task<OverlapMatch[]> QueryAsync(OverlapProfile query, int limit);

    [Alias("Stats"), ReadOnly] Task<OverlapShardStats> StatsAsync();

    /// <summary>
    /// This shard's own document count and document frequencies. Interleaves with the shard's other calls, so
    /// that shards gathering each other's statistics while they query never wait on one another.
    /// </summary>
    [Alias("TermStatistics"), ReadOnly, AlwaysInterleave] Task<ShardTermStatistics> TermStatisticsAsync();

    /// <summary>Gathers the other shards' statistics now rather than at the next tick of the timer.</summary>
    [Alias("RefreshStatistics")] Task RefreshStatisticsAsync();
}
