using Coordination.Grains.Records;

namespace Coordination.Grains.ReferenceData;

public sealed class ThematicPriorityCatalogGrain(
    [PersistentState(StorageNames.ThematicPriorityCatalog, StorageNames.Provider)] IPersistentState<ListingState<ThematicPriority>> state)
    : ListingGrain<ThematicPriority>(state), IThematicPriorityCatalogGrain
{
    public Task UpsertAsync(ThematicPriority priority) => SetAsync(priority.Code, priority);

    public Task RemoveAsync(string code) => DeleteAsync(code);

    public Task<ThematicPriority[]> ListAsync() => Task.FromResult(Items.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray());
}
