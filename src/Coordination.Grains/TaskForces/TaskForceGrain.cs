using Coordination.Grains.Records;

namespace Coordination.Grains.TaskForces;

public sealed class TaskForceGrain(
    [PersistentState(StorageNames.TaskForce, StorageNames.Provider)] IPersistentState<RecordState<TaskForce>> state,
    TimeProvider clock)
    : RecordGrain<TaskForce, TaskForceDraft>(state, clock), ITaskForceGrain
{
    protected override string Kind => "task force";

    public Task<TaskForce?> GetAsync() => Task.FromResult(Current);

    public Task<CommandResult<TaskForce>> CreateAsync(TaskForceDraft draft, string actor) => CreateCoreAsync(draft, actor);

    public Task<CommandResult<TaskForce>> UpdateAsync(TaskForceDraft draft, int expectedVersion, string actor) =>
        UpdateCoreAsync(draft, expectedVersion, actor);

    protected override Audit AuditOf(TaskForce record) => record.Audit;

    protected override Task<KnownReferences> LookUpReferencesAsync(TaskForceDraft draft) =>
        ReferenceLookup.LookUpAsync(GrainFactory, draft.Topics, null);

    protected override Validated<TaskForce> Validate(string id, TaskForceDraft draft, KnownReferences known, Audit audit, TaskForce? current) =>
        TaskForceRules.Validate(id, draft, known, audit);

    /// <summary>Each owned topic records its task forces; the catalogue lists the task force by name.</summary>
    protected override async Task SyncListingsAsync(TaskForce? previous, TaskForce? current)
    {
        var owned = current?.Topics ?? [];
        var calls = owned.Select(t => GrainFactory.GetGrain<ITopicGrain>(t).SetTaskForceAsync(Id, owns: true))
            .Concat((previous?.Topics ?? []).Except(owned).Select(t => GrainFactory.GetGrain<ITopicGrain>(t).SetTaskForceAsync(Id, owns: false)))
            .ToList();
        if (current is not null && current.Name != previous?.Name)
            calls.Add(GrainFactory.GetGrain<ITaskForceCatalogGrain>(0).UpsertAsync(Id, current.Name));
        await Task.WhenAll(calls);
    }
}
