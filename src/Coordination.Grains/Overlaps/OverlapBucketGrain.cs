using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Grains.Records;

namespace Coordination.Grains.Overlaps;

/// <summary>
/// The stored profiles of one of the 1,024 overlap buckets, read by its shard on activation. Registering an
/// activity rewrites its profile's page only: at 100,000 activities a bucket holds about a hundred profiles
/// (100 KB), a page an eighth of that.
/// </summary>
public sealed class OverlapBucketGrain(
    [PersistentState(StorageNames.OverlapBucket, StorageNames.Provider)] IPersistentState<ListingState<OverlapProfile>> singleDocument)
    : PagedListingGrain<OverlapProfile>(singleDocument, Layout), IOverlapBucketGrain
{
    public static readonly PageLayout Layout = new(StorageNames.OverlapBucketPage, 8);

    public Task UpsertAsync(OverlapProfile profile) => SetAsync(profile.ActivityId, profile);

    public Task RemoveAsync(string activityId) => DeleteAsync(activityId);

    public Task<OverlapProfile?> GetAsync(string activityId) => Task.FromResult(Find(activityId));

    public Task<OverlapProfile[]> ListAsync() => ValuesAsync();
}
