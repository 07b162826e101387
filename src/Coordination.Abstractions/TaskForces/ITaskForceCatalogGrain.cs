using Orleans.Concurrency;

namespace Coordination.Abstractions.TaskForces;

/// <summary>The list of task-force identifiers and names.</summary>
[Alias("coordination.ITaskForceCatalogGrain")]
public interface ITaskForceCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(string taskForceId, string name);

    [Alias("List"), ReadOnly] Task<Dictionary<string, string>> ListAsync();
}
