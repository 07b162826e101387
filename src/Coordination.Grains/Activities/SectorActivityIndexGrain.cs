using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;

namespace Coordination.Grains.Activities;

[GenerateSerializer, Alias("coordination.SummaryIndexState`1")]
public sealed class SummaryIndexState<TSummary>
{
    [Id(0)] public Dictionary<string, TSummary> Items { get; set; } = [];
}

public sealed class SectorActivityIndexGrain(
    [PersistentState(StorageNames.SectorActivityIndex, StorageNames.Provider)] IPersistentState<SummaryIndexState<ActivitySummary>> state)
    : Grain, ISectorActivityIndexGrain
{
    public async Task UpsertAsync(ActivitySummary summary)
    {
        state.State.Items[summary.Id] = summary;
        await state.WriteStateAsync();
    }

    public async Task RemoveAsync(string activityId)
    {
        if (state.State.Items.Remove(activityId)) await state.WriteStateAsync();
    }

    public Task<ActivitySummary[]> ListAsync() => Task.FromResult(state.State.Items.Values.ToArray());
}
