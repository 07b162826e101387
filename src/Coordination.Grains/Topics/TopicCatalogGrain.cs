using Coordination.Grains.Records;

namespace Coordination.Grains.Topics;

/// <summary>Topic names by id. Written only when a topic is created or renamed, which is rare.</summary>
public sealed class TopicCatalogGrain(
    [PersistentState(StorageNames.TopicCatalog, StorageNames.Provider)] IPersistentState<ListingState<string>> state)
    : ListingGrain<string>(state), ITopicCatalogGrain
{
    public Task UpsertAsync(string topicId, string name) => SetAsync(topicId, name);

    public Task<Dictionary<string, string>> ListAsync() => Task.FromResult(new Dictionary<string, string>(Items));
}
