using System.Diagnostics;
using Coordination.Grains.Overlaps;
using Orleans.Core.Internal;

namespace Coordination.Benchmarks;

/// <summary>What the overlap index takes of the managed heap: in the silo, and built in this process from the same profiles.</summary>
public static class IndexMemory
{
    /// <summary>
    /// The overlap index alone: the managed memory freed when the 16 shard grains are deactivated (their
    /// document maps, postings and their copies of the profiles; strings they share with the bucket grains'
    /// state stay behind and are not counted), and the time a shard takes to rebuild from its 64 buckets.
    /// </summary>
    public static async Task MeasureInSiloAsync(IGrainFactory grains, int n, long withIndex)
    {
        var stats = await Task.WhenAll(Enumerable.Range(0, Partitions.OverlapShards).Select(s => grains.GetGrain<IOverlapShardGrain>(s).StatsAsync()));
        await Task.WhenAll(Enumerable.Range(0, Partitions.OverlapShards)
            .Select(s => grains.GetGrain<IOverlapShardGrain>(s).AsReference<IGrainManagementExtension>().DeactivateOnIdle().AsTask()));
        var management = grains.GetGrain<IManagementGrain>(0);
        for (var i = 0; i < 100 && await CountAsync(management, "OverlapShardGrain") > 0; i++) await Task.Delay(100);
        var remaining = await CountAsync(management, "OverlapShardGrain");
        var without = HeapBytes();
        var rebuild = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Partitions.OverlapShards).Select(s => grains.GetGrain<IOverlapShardGrain>(s).StatsAsync()));
        var rebuilt = rebuild.Elapsed;
        var again = HeapBytes();
        DetectionBenchmark.Log($"n={n}: overlap index alone ({stats.Sum(s => s.Documents)} documents, {stats.Sum(s => s.Terms)} distinct shard terms, {stats.Sum(s => s.Postings)} postings): " +
            $"{(withIndex - without) / (double)n:F0} bytes per activity freed by deactivating the 16 shards ({remaining} still active), " +
            $"{(again - without) / (double)n:F0} bytes per activity taken by rebuilding them from the buckets in {rebuilt.TotalMilliseconds:F0} ms");
    }

    /// <summary>
    /// The overlap index alone, in this process: the managed heap taken by 16 <see cref="InvertedIndex"/>es holding the
    /// profiles partitioned as the shard grains hold them (<see cref="Partitions.OverlapBucket"/>, <see cref="Partitions.OverlapShardOf"/>),
    /// each with the other shards' statistics set as a shard gathers them (<see cref="InvertedIndex.SetElsewhere"/>), per
    /// activity: the heap (after forced full compacting collections) with the indexes built less the heap once they are
    /// dropped. The profiles are built before and not counted: only slots, posting lists, cached weights and statistics.
    /// The growth from before building is logged too: the two agree unless something else frees memory meanwhile.
    /// Without <paramref name="withConcepts"/> the same profiles with their <see cref="OverlapProfile.Concepts"/> emptied, as
    /// without lexicons: the difference is what the concept postings of the texts in other languages cost.
    /// </summary>
    public static double InProcessBytesPerActivity(int n, IReadOnlyList<OverlapProfile> profiles, bool withConcepts)
    {
        var indexed = withConcepts ? profiles.ToArray() : profiles.Select(p => p with { Concepts = [] }).ToArray();
        var shardOf = indexed.Select(p => Partitions.OverlapShardOf(Partitions.OverlapBucket(p.ActivityId))).ToArray();
        var before = HeapBytes();
        var (posted, after, terms, postings) = BuildIndex(indexed, shardOf);
        // The index is garbage from here: what the next collections free is the index, measured a second way.
        var released = HeapBytes();
        var conceptPostings = indexed.Sum(p => (long)p.Concepts.Count);
        var bytes = (after - released) / (double)n;
        DetectionBenchmark.Log($"n={n}: overlap index in-process{(withConcepts ? "" : ", concepts emptied")}: 16 shards, {terms} distinct shard terms, " +
            $"{postings} term postings, {conceptPostings} concept postings: {(after - released) / 1e6:F1} MB freed when dropped, {bytes:F0} bytes per activity; " +
            $"growth while building {(after - before) / (double)n:F0} bytes per activity ({(posted - before) / (double)n:F0} slots and postings, " +
            $"{(after - posted) / (double)n:F0} the other shards' statistics and the weights from them)");
        GC.KeepAlive(indexed);
        return bytes;
    }

    /// <summary>Builds the 16 shards' indexes and returns the heap after posting the profiles and after gathering statistics; the indexes are not kept.</summary>
    private static (long Posted, long Gathered, int Terms, long Postings) BuildIndex(OverlapProfile[] profiles, int[] shardOf)
    {
        var shards = Enumerable.Range(0, Partitions.OverlapShards).Select(_ => new InvertedIndex()).ToArray();
        for (var i = 0; i < profiles.Length; i++) shards[shardOf[i]].Upsert(profiles[i]);
        var posted = HeapBytes();
        GatherStatistics(shards);
        var gathered = HeapBytes();
        return (posted, gathered, shards.Sum(s => s.Terms), shards.Sum(s => s.Postings));
    }

    /// <summary>Gives each shard the other shards' statistics, as <c>OverlapShardGrain</c> gathers them.</summary>
    private static void GatherStatistics(InvertedIndex[] shards)
    {
        var statistics = shards.Select(s => s.Statistics()).ToArray();
        for (var shard = 0; shard < shards.Length; shard++)
            shards[shard].SetElsewhere(statistics.Where((_, s) => s != shard).ToArray());
    }

    private static async Task<int> CountAsync(IManagementGrain management, string type) =>
        (await management.GetSimpleGrainStatistics()).Where(s => s.GrainType.Contains(type, StringComparison.Ordinal)).Sum(s => s.ActivationCount);

    /// <summary>The managed heap after forced full compacting collections.</summary>
    public static long HeapBytes()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
