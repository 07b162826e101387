using Coordination.Grains.Records;

namespace Coordination.Grains.Setup;

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
