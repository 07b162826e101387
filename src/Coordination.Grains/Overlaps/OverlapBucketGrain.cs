using Coordination.Grains.Records;

namespace Coordination.Grains.Overlaps;

/// <summary>
/// The stored profiles of one of the 1,024 overlap buckets, read by its shard on activation; registering an
/// activity writes its profile's row alone.
/// </summary>
public sealed class OverlapBucketGrain(
    [PersistentState(StorageNames.OverlapBucket, StorageNames.Provider)] IPersistentState<ListingState<OverlapProfile>> singleDocument)
    : RowListingGrain<OverlapProfile>(singleDocument, StorageNames.OverlapBucketRows, EarlierLayout), IOverlapBucketGrain
{
    /// <summary>The earlier layout, moved into rows on activation.</summary>
    public static readonly PageLayout EarlierLayout = new(StorageNames.OverlapBucketPage, 8);

    public Task UpsertAsync(OverlapProfile profile) => SetAsync(profile.ActivityId, profile);

    public Task RemoveAsync(string activityId) => DeleteAsync(activityId);

    public Task<OverlapProfile?> GetAsync(string activityId) => Task.FromResult(Find(activityId));

    public Task<OverlapProfile[]> ListAsync() => ValuesAsync();
}
