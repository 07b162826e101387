using Coordination.Grains.Records;

namespace Coordination.Grains.Regions;

public sealed class RegionCalendarBucketGrain(
    [PersistentState(StorageNames.RegionCalendarBucket, StorageNames.Provider)] IPersistentState<ListingState<EventProfile>> state)
    : ListingGrain<EventProfile>(state), IRegionCalendarBucketGrain
{
    public Task UpsertAsync(EventProfile profile) => SetAsync(profile.EventId, profile);

    public Task RemoveAsync(string eventId) => DeleteAsync(eventId);

    public Task<EventProfile[]> ListAsync() => ValuesAsync();
}
