using Coordination.Grains.Records;

namespace Coordination.Grains.Activities;

/// <summary>
/// One activity's links, kept apart from the activity so that linking never changes the activity's version
/// (an author's edit in progress does not conflict with a committee's decision).
/// </summary>
public sealed class ActivityLinksGrain(
    [PersistentState(StorageNames.ActivityLinks, StorageNames.Provider)] IPersistentState<ListingState<ActivityLink>> state)
    : ListingGrain<ActivityLink>(state), IActivityLinksGrain
{
    public Task AddAsync(ActivityLink link) =>
        Items.TryGetValue(link.Key, out var existing) && existing == link ? Task.CompletedTask : SetAsync(link.Key, link);

    public Task RemoveAsync(LinkType type, string otherId) => DeleteAsync($"{type}:{otherId}");

    public Task<ActivityLink[]> ListAsync() => ValuesAsync();
}
