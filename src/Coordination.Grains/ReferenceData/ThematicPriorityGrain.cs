using Coordination.Grains.Records;

namespace Coordination.Grains.ReferenceData;

[GenerateSerializer, Alias("coordination.ThematicPriorityState")]
public sealed class ThematicPriorityState
{
    [Id(0)] public ThematicPriority? Priority { get; set; }
}

public sealed class ThematicPriorityGrain(
    [PersistentState(StorageNames.ThematicPriority, StorageNames.Provider)] IPersistentState<ThematicPriorityState> state)
    : Grain, IThematicPriorityGrain
{
    public Task<ThematicPriority?> GetAsync() => Task.FromResult(state.State.Priority);

    public async Task<CommandResult<ThematicPriority>> SetAsync(ThematicPriority priority)
    {
        var validated = ThematicPriorityRules.Validate(this.GetPrimaryKeyString(), priority);
        if (!validated.IsValid) return CommandResult<ThematicPriority>.Invalid(validated.Messages);

        var created = state.State.Priority is null;
        state.State.Priority = validated.Value!;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IThematicPriorityCatalogGrain>(0).UpsertAsync(state.State.Priority);
        return created ? CommandResult<ThematicPriority>.Created(state.State.Priority) : CommandResult<ThematicPriority>.Ok(state.State.Priority);
    }

    public async Task RemoveAsync()
    {
        state.State.Priority = null;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IThematicPriorityCatalogGrain>(0).RemoveAsync(this.GetPrimaryKeyString());
    }
}
