using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Grains.Records;

namespace Coordination.Grains.Overlaps;

public sealed class OverlapBucketGrain(
    [PersistentState(StorageNames.OverlapBucket, StorageNames.Provider)] IPersistentState<ListingState<OverlapProfile>> state)
    : ListingGrain<OverlapProfile>(state), IOverlapBucketGrain
{
    public Task UpsertAsync(OverlapProfile profile) => SetAsync(profile.ActivityId, profile);

    public Task RemoveAsync(string activityId) => DeleteAsync(activityId);

    public Task<OverlapProfile?> GetAsync(string activityId) => Task.FromResult(Items.GetValueOrDefault(activityId));

    public Task<OverlapProfile[]> ListAsync() => ValuesAsync();
}
