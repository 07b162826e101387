using Microsoft.Extensions.Logging;

namespace Coordination.Grains.Overlaps;

/// <summary>
/// An in-memory inverted index (<see cref="InvertedIndex"/>) over the profiles of this shard's buckets. It holds
/// no state of its own: on activation it reads its buckets, so it is exact after any restart. A query scores
/// only the few documents that share most of its terms, never the whole shard.
/// </summary>
[CollectionAgeLimit(Days = 7)]
public sealed partial class OverlapShardGrain(OverlapScorer scorer, ILogger<OverlapShardGrain> logger) : Grain, IOverlapShardGrain
{
    /// <summary>
    /// Documents rated per shard and query, 512 over the 16 shards. The benchmark's index recall (the share of the
    /// alerts a scan of every profile raises that the index finds): 95.7% at 10,000 activities and 93.0% at
    /// 30,000, against 93.5% and 90.6% with 16, for a check a fifth to a third slower (p50 1.2 against 1.0 ms at
    /// 10,000, 1.9 against 1.4 ms at 100,000).
    /// </summary>
    private const int CandidatesRated = 32;

    /// <summary>
    /// Documents in other languages rated per shard and query besides (<see cref="InvertedIndex.CrossLanguageCandidates"/>):
    /// their scores sit lower than same-language ones, so they are not left to compete with them for a place.
    /// </summary>
    private const int CrossLanguageCandidatesRated = 8;

    /// <summary>
    /// Buckets read at once while rebuilding: all shards activate together on the first check, and
    /// reading every bucket at once would ask storage for a thousand connections.
    /// </summary>
    private const int BucketsReadTogether = 4;

    /// <summary>
    /// How often the other shards' statistics are gathered. Term weights change slowly as a collection grows, so
    /// weights up to this old are as good as current ones.
    /// </summary>
    private static readonly TimeSpan StatisticsPeriod = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A shard that has grown by more than this factor (and one document, for a shard gathered while empty) since
    /// it last gathered, as while a collection is being loaded (the demo data of a fresh installation, an import),
    /// gathers again before it answers rather than at the next tick: weights gathered when the collection was a
    /// fraction of its size make every pair look unrelated. The shards grow alike, documents being spread over
    /// them by hash, so its own growth stands for the others'.
    /// </summary>
    private const double RegatherGrowthFactor = 1.25;

    private readonly InvertedIndex _index = new();
    /// <summary>This shard's document count when it last gathered; null until it first has.</summary>
    private int? _documentsAtGathering;
    /// <summary>The gathering under way: queries interleave ([ReadOnly]), and those that find the shard grown share it.</summary>
    private Task? _gathering;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var shard = (int)this.GetPrimaryKeyLong();
        foreach (var batch in Partitions.BucketsOfShard(shard).Chunk(BucketsReadTogether))
        {
            var buckets = await Task.WhenAll(batch.Select(b => GrainFactory.GetGrain<IOverlapBucketGrain>(b).ListAsync()));
            foreach (var profile in buckets.SelectMany(b => b)) _index.Upsert(profile);
        }
        // Not gathered here: the other shards may be activating too, and each would wait for the others.
        this.RegisterGrainTimer(_ => RefreshStatisticsAsync(), new GrainTimerCreationOptions(StatisticsPeriod, StatisticsPeriod));
    }

    public Task UpsertAsync(OverlapProfile profile)
    {
        _index.Upsert(profile);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string activityId)
    {
        _index.Remove(activityId);
        return Task.CompletedTask;
    }

    public async Task<OverlapMatch[]> QueryAsync(OverlapProfile query, int limit)
    {
        if (_documentsAtGathering is not { } gatheredAt) await RefreshStatisticsAsync();
        else if (_index.Count > gatheredAt * RegatherGrowthFactor + 1) await RegatherOrKeepWeightsAsync();
        // Every candidate rated, only those returned explained.
        var rated = _index.Candidates(query, CandidatesRated)
            .Concat(_index.CrossLanguageCandidates(query, CrossLanguageCandidatesRated))
            .Distinct<OverlapProfile>(ReferenceEqualityComparer.Instance) // the first pass finds some of the same
            .Select(candidate => scorer.Rate(query, candidate, _index.Idf, _index.ConceptIdf))
            .Where(r => r.Score >= scorer.Model.ReportThreshold);
        return OverlapScorer.Rank(rated).Take(limit)
            .Select(r => scorer.Score(query, r.Candidate, _index.Idf, _index.CollectionSize, _index.ConceptIdf)).ToArray();
    }

    public Task<ShardTermStatistics> TermStatisticsAsync() =>
        Task.FromResult(_index.Statistics());

    public async Task RefreshStatisticsAsync()
    {
        if (_gathering is { } underWay)
        {
            await underWay;
            return;
        }
        _gathering = GatherAsync();
        try
        {
            await _gathering;
        }
        finally
        {
            _gathering = null;
        }
    }

    /// <summary>A shard that cannot reach the others answers with the weights it has rather than not at all.</summary>
    private async Task RegatherOrKeepWeightsAsync()
    {
        try
        {
            await RefreshStatisticsAsync();
        }
        catch (Exception exception)
        {
            LogGatheringFailed(exception, this.GetPrimaryKeyLong());
        }
    }

    private async Task GatherAsync()
    {
        var shard = (int)this.GetPrimaryKeyLong();
        var others = await Task.WhenAll(Enumerable.Range(0, Partitions.OverlapShards).Where(s => s != shard)
            .Select(s => GrainFactory.GetGrain<IOverlapShardGrain>(s).TermStatisticsAsync()));
        _index.SetElsewhere(others);
        _documentsAtGathering = _index.Count;
    }

    public Task<OverlapShardStats> StatsAsync() =>
        Task.FromResult(new OverlapShardStats(_index.Count, _index.Terms, _index.Postings));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overlap shard {Shard} could not gather the other shards' statistics; it weighs terms as last gathered")]
    private partial void LogGatheringFailed(Exception exception, long shard);
}
