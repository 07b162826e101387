using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Grains.Activities;

namespace Coordination.Grains.Overlaps;

public sealed class OverlapBucketGrain(
    [PersistentState(StorageNames.OverlapBucket, StorageNames.Provider)] IPersistentState<SummaryIndexState<OverlapProfile>> state)
    : Grain, IOverlapBucketGrain
{
    public async Task UpsertAsync(OverlapProfile profile)
    {
        state.State.Items[profile.ActivityId] = profile;
        await state.WriteStateAsync();
    }

    public async Task RemoveAsync(string activityId)
    {
        if (state.State.Items.Remove(activityId)) await state.WriteStateAsync();
    }

    public Task<OverlapProfile?> GetAsync(string activityId) => Task.FromResult(state.State.Items.GetValueOrDefault(activityId));

    public Task<OverlapProfile[]> ListAsync() => Task.FromResult(state.State.Items.Values.ToArray());
}
