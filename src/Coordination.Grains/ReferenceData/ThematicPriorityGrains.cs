using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain.Validation;
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
        if (!validated.IsValid) return CommandResult<ThematicPriority>.Invalid(validated.Errors);

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

public sealed class ThematicPriorityCatalogGrain(
    [PersistentState(StorageNames.ThematicPriorityCatalog, StorageNames.Provider)] IPersistentState<ListingState<ThematicPriority>> state)
    : ListingGrain<ThematicPriority>(state), IThematicPriorityCatalogGrain
{
    public Task UpsertAsync(ThematicPriority priority) => SetAsync(priority.Code, priority);

    public Task RemoveAsync(string code) => DeleteAsync(code);

    public Task<ThematicPriority[]> ListAsync() => Task.FromResult(Items.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray());
}

[GenerateSerializer, Alias("coordination.SetupState")]
public sealed class SetupState
{
    [Id(0)] public HashSet<string> Done { get; set; } = [];
}

public sealed class SetupGrain(
    [PersistentState(StorageNames.Setup, StorageNames.Provider)] IPersistentState<SetupState> state)
    : Grain, ISetupGrain
{
    public Task<bool> IsDoneAsync(string step) => Task.FromResult(state.State.Done.Contains(step));

    public async Task MarkDoneAsync(string step)
    {
        if (state.State.Done.Add(step)) await state.WriteStateAsync();
    }
}
