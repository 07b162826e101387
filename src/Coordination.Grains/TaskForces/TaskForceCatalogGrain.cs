using Coordination.Grains.Records;

namespace Coordination.Grains.TaskForces;

public sealed class TaskForceCatalogGrain(
    [PersistentState(StorageNames.TaskForceCatalog, StorageNames.Provider)] IPersistentState<ListingState<string>> state)
    : ListingGrain<string>(state), ITaskForceCatalogGrain
{
    public Task UpsertAsync(string taskForceId, string name) => SetAsync(taskForceId, name);

    public Task<Dictionary<string, string>> ListAsync() => Task.FromResult(new Dictionary<string, string>(Items));
}
