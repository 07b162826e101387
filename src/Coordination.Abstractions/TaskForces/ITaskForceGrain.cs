using Orleans.Concurrency;

namespace Coordination.Abstractions.TaskForces;

[Alias("coordination.ITaskForceGrain")]
public interface ITaskForceGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<TaskForce?> GetAsync();

    [Alias("Create")] Task<CommandResult<TaskForce>> CreateAsync(TaskForceDraft draft, string actor);

    [Alias("Update")] Task<CommandResult<TaskForce>> UpdateAsync(TaskForceDraft draft, int expectedVersion, string actor);
}
