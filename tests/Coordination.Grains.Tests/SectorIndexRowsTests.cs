using Coordination.Grains.Records;

namespace Coordination.Grains.Tests;

/// <summary>A sector index bucket stored by the earlier single-document form keeps its activities once moved into rows.</summary>
[Collection(ClusterCollection.Name)]
public class SectorIndexRowsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_bucket_stored_as_one_document_is_moved_into_rows()
    {
        var bucket = $"GS/{Drafts.UniqueId("legacy")}";
        var old = Enumerable.Range(0, 30).Select(i => new ActivitySummary($"act-legacy-{i}", Sector.GS, ActivityKind.Study, $"Study {i}",
            ActivityStatus.Ongoing, [], [], null, null, DateTimeOffset.UnixEpoch)).ToArray();
        var storage = fixture.Cluster.Storage();
        var index = fixture.Grains.GetGrain<ISectorActivityIndexGrain>(bucket);
        await storage.WriteStateAsync(StorageNames.SectorActivityIndex, index.GetGrainId(),
            new GrainState<ListingState<ActivitySummary>>(new ListingState<ActivitySummary> { Items = old.ToDictionary(a => a.Id) }));

        await index.RemoveAsync(old[3].Id);
        var listed = await index.ListAsync();

        Assert.Equal(old.Select(a => a.Id).Where(id => id != old[3].Id).Order(), listed.Select(a => a.Id).Order());
        var single = new GrainState<ListingState<ActivitySummary>>(new ListingState<ActivitySummary>());
        await storage.ReadStateAsync(StorageNames.SectorActivityIndex, index.GetGrainId(), single);
        Assert.False(single.RecordExists);
        // Stored as rows, the removal included, not only held by the activation.
        var rows = await fixture.Cluster.Rows()
            .ReadRowsAsync<ActivitySummary>(StorageNames.SectorActivityIndexRows, index.GetGrainId());
        Assert.Equal(listed.Select(a => a.Id).Order(), rows.Keys.Order());
    }
}
