using Orleans.Concurrency;
using Coordination.Abstractions.Model;

namespace Coordination.Abstractions.Grains;

[Alias("coordination.ITaskForceGrain")]
public interface ITaskForceGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<TaskForce?> GetAsync();

    [Alias("Create")] Task<CommandResult<TaskForce>> CreateAsync(TaskForceDraft draft, string actor);

    [Alias("Update")] Task<CommandResult<TaskForce>> UpdateAsync(TaskForceDraft draft, int expectedVersion, string actor);
}

/// <summary>The list of task-force identifiers and names.</summary>
[Alias("coordination.ITaskForceCatalogGrain")]
public interface ITaskForceCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(string taskForceId, string name);

    [Alias("List"), ReadOnly] Task<Dictionary<string, string>> ListAsync();
}
