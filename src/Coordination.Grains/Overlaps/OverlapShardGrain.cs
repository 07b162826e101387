using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain;
using Coordination.Domain.Overlaps;

namespace Coordination.Grains.Overlaps;

/// <summary>
/// An in-memory inverted index over the profiles of this shard's buckets. It holds no state of its
/// own: on activation it reads its buckets, so it is exact after any restart. A query scores only the
/// documents that share an informative term with it, never the whole shard.
/// </summary>
[CollectionAgeLimit(Days = 7)]
public sealed class OverlapShardGrain(OverlapScorer scorer) : Grain, IOverlapShardGrain
{
    /// <summary>Documents that share terms with a query and are scored in full.</summary>
    private const int CandidatesScored = 64;

    private readonly Dictionary<string, OverlapProfile> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _postings = new(StringComparer.Ordinal);

    /// <summary>
    /// Buckets read at once while rebuilding: all shards activate together on the first check, and
    /// reading every bucket at once would ask storage for a thousand connections.
    /// </summary>
    private const int BucketsReadTogether = 4;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var shard = (int)this.GetPrimaryKeyLong();
        foreach (var batch in Partitions.BucketsOfShard(shard).Chunk(BucketsReadTogether))
        {
            var buckets = await Task.WhenAll(batch.Select(b => GrainFactory.GetGrain<IOverlapBucketGrain>(b).ListAsync()));
            foreach (var profile in buckets.SelectMany(b => b)) Add(profile);
        }
    }

    public Task UpsertAsync(OverlapProfile profile)
    {
        Remove(profile.ActivityId);
        Add(profile);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string activityId)
    {
        Remove(activityId);
        return Task.CompletedTask;
    }

    public Task<OverlapMatch[]> QueryAsync(OverlapProfile query, int limit)
    {
        double Idf(string term) => OverlapScorer.BoundedIdf(_documents.Count, _postings.TryGetValue(term, out var p) ? p.Count : 0);

        var accumulated = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in query.Terms)
        {
            if (!_postings.TryGetValue(term, out var documents)) continue;
            var weight = Idf(term) * (1 + Math.Log(count));
            foreach (var id in documents)
                if (id != query.ActivityId) accumulated[id] = accumulated.GetValueOrDefault(id) + weight * weight;
        }
        var scored = accumulated.OrderByDescending(a => a.Value).Take(CandidatesScored)
            .Select(a => scorer.Score(query, _documents[a.Key], Idf))
            .Where(m => m.Score >= scorer.Model.ReportThreshold);
        var matches = OverlapScorer.Rank(scored).Take(limit).ToArray();
        return Task.FromResult(matches);
    }

    public Task<OverlapShardStats> StatsAsync() =>
        Task.FromResult(new OverlapShardStats(_documents.Count, _postings.Count, _postings.Values.Sum(p => (long)p.Count)));

    private void Add(OverlapProfile profile)
    {
        _documents[profile.ActivityId] = profile;
        foreach (var term in profile.Terms.Keys)
        {
            if (!_postings.TryGetValue(term, out var documents)) _postings[term] = documents = new HashSet<string>(StringComparer.Ordinal);
            documents.Add(profile.ActivityId);
        }
    }

    private void Remove(string activityId)
    {
        if (!_documents.Remove(activityId, out var old)) return;
        foreach (var term in old.Terms.Keys)
        {
            if (!_postings.TryGetValue(term, out var documents)) continue;
            documents.Remove(activityId);
            if (documents.Count == 0) _postings.Remove(term);
        }
    }
}
