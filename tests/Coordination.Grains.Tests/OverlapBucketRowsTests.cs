using Coordination.Grains.Records;
using Orleans.TestingHost;

namespace Coordination.Grains.Tests;

/// <summary>
/// An overlap bucket stored by the earlier single-document form is moved into rows, and its profiles stay in
/// the index: its shard finds them on a silo of its own, and again after a restart.
/// </summary>
public sealed class OverlapBucketRowsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-buckets-").FullName;

    [Fact]
    public async Task A_bucket_stored_as_one_document_is_moved_into_rows_and_its_profiles_stay_indexed()
    {
        const int bucket = 77;
        // Ids that fall in the bucket, as the profiles an earlier version stored there.
        var ids = Enumerable.Range(0, 100_000).Select(i => $"act-legacy-{i}").Where(id => Partitions.OverlapBucket(id) == bucket).Take(24).ToArray();
        var old = ids.Select((id, i) => OverlapProfiles.OfDraft(new ActivityDraft
        {
            Id = id, Sector = i % 2 == 0 ? "BR" : "BDT", Language = "en", Kind = "Study",
            Title = $"Satellite orbit filing study {id}", Description = "Orbit and frequency filings for small satellites.",
        }, Lexicons.None)).ToArray();
        var query = OverlapProfiles.OfDraft(new ActivityDraft
        {
            Id = "draft", Sector = "TSB", Language = "en", Title = $"Satellite orbit filing study {ids[5]}",
            Description = "Orbit and frequency filings for small satellites.",
        }, Lexicons.None);

        await using (var first = await StartAsync())
        {
            var storage = first.Storage();
            var bucketGrain = first.Client.GetGrain<IOverlapBucketGrain>(bucket);
            await storage.WriteStateAsync(StorageNames.OverlapBucket, bucketGrain.GetGrainId(),
                new GrainState<ListingState<OverlapProfile>>(new ListingState<OverlapProfile> { Items = old.ToDictionary(p => p.ActivityId) }));

            Assert.Equal(ids[5], (await CheckAsync(first, query))[0].ActivityId);
            Assert.Equal(old[3].MaterialHash, (await bucketGrain.GetAsync(ids[3]))?.MaterialHash);
            await bucketGrain.RemoveAsync(ids[7]);
            var single = new GrainState<ListingState<OverlapProfile>>(new ListingState<OverlapProfile>());
            await storage.ReadStateAsync(StorageNames.OverlapBucket, bucketGrain.GetGrainId(), single);
            Assert.False(single.RecordExists, "the single document is removed once its profiles are in rows");
            await first.StopAllSilosAsync();
        }

        await using var second = await StartAsync();
        var listed = await second.Client.GetGrain<IOverlapBucketGrain>(bucket).ListAsync();
        Assert.Equal(ids.Where(id => id != ids[7]).Order(), listed.Select(p => p.ActivityId).Order());
        Assert.Equal(ids[5], (await CheckAsync(second, query))[0].ActivityId);
    }

    private static Task<OverlapMatch[]> CheckAsync(InProcessTestCluster cluster, OverlapProfile query) =>
        cluster.Client.GetGrain<IOverlapDetectorGrain>(0).CheckAsync(query, 10);

    private Task<InProcessTestCluster> StartAsync() => ClusterFixture.StartAsync(Path.Combine(_folder, "coordination.db"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
