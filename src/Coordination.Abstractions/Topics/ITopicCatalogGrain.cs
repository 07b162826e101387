using Orleans.Concurrency;

namespace Coordination.Abstractions.Topics;

/// <summary>The list of topic identifiers and names, changed only when a topic is created or renamed.</summary>
[Alias("coordination.ITopicCatalogGrain")]
public interface ITopicCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(string topicId, string name);

    [Alias("List"), ReadOnly] Task<Dictionary<string, string>> ListAsync();
}
