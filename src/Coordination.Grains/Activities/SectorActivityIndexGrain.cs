using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Grains.Records;

namespace Coordination.Grains.Activities;

public sealed class SectorActivityIndexGrain(
    [PersistentState(StorageNames.SectorActivityIndex, StorageNames.Provider)] IPersistentState<ListingState<ActivitySummary>> state)
    : ListingGrain<ActivitySummary>(state), ISectorActivityIndexGrain
{
    public Task UpsertAsync(ActivitySummary summary) => SetAsync(summary.Id, summary);

    public Task RemoveAsync(string activityId) => DeleteAsync(activityId);

    public Task<ActivitySummary[]> ListAsync() => ValuesAsync();
}
