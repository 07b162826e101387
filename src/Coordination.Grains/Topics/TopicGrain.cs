using Coordination.Grains.Records;

namespace Coordination.Grains.Topics;

[GenerateSerializer, Alias("coordination.TopicMembersState")]
public sealed class TopicMembersState
{
    [Id(0)] public Dictionary<string, ActivitySummary> Activities { get; set; } = [];
    [Id(1)] public Dictionary<string, EventSummary> Events { get; set; } = [];
}

/// <summary>A topic's definition, and the activities and events on it across every sector and region.</summary>
public sealed class TopicGrain(
    [PersistentState(StorageNames.Topic, StorageNames.Provider)] IPersistentState<RecordState<Topic>> state,
    [PersistentState(StorageNames.TopicMembers, StorageNames.Provider)] IPersistentState<TopicMembersState> members,
    TimeProvider clock)
    : RecordGrain<Topic, TopicDraft>(state, clock), ITopicGrain
{
    protected override string Kind => "topic";

    public Task<Topic?> GetAsync() => Task.FromResult(Current);

    public Task<CommandResult<Topic>> CreateAsync(TopicDraft draft, string actor) => CreateCoreAsync(draft, actor);

    public Task<CommandResult<Topic>> UpdateAsync(TopicDraft draft, int expectedVersion, string actor) =>
        UpdateCoreAsync(draft, expectedVersion, actor);

    public async Task SetTaskForceAsync(string taskForceId, bool owns)
    {
        if (Current is null) return;
        var taskForces = owns ? Current.TaskForces.Append(taskForceId).Distinct().ToArray() : Current.TaskForces.Where(t => t != taskForceId).ToArray();
        if (taskForces.SequenceEqual(Current.TaskForces)) return;
        await SaveInternalAsync(Current with { TaskForces = taskForces });
    }

    public async Task UpsertActivityAsync(ActivitySummary summary)
    {
        members.State.Activities[summary.Id] = summary;
        await members.WriteStateAsync();
    }

    public async Task RemoveActivityAsync(string activityId)
    {
        if (members.State.Activities.Remove(activityId)) await members.WriteStateAsync();
    }

    public Task<ActivitySummary[]> ListActivitiesAsync() => Task.FromResult(members.State.Activities.Values.ToArray());

    public async Task UpsertEventAsync(EventSummary summary)
    {
        members.State.Events[summary.Id] = summary;
        await members.WriteStateAsync();
    }

    public async Task RemoveEventAsync(string eventId)
    {
        if (members.State.Events.Remove(eventId)) await members.WriteStateAsync();
    }

    public Task<EventSummary[]> ListEventsAsync() => Task.FromResult(members.State.Events.Values.ToArray());

    protected override Audit AuditOf(Topic record) => record.Audit;

    protected override Task<KnownReferences> LookUpReferencesAsync(TopicDraft draft) =>
        ReferenceLookup.LookUpAsync(GrainFactory, [], draft.ThematicPriority);

    protected override Validated<Topic> Validate(string id, TopicDraft draft, KnownReferences known, Audit audit, Topic? current) =>
        TopicRules.Validate(id, draft, known, audit, current?.TaskForces ?? []);

    protected override Task SyncListingsAsync(Topic? previous, Topic? current) =>
        current is null || current.Name == previous?.Name
            ? Task.CompletedTask
            : GrainFactory.GetGrain<ITopicCatalogGrain>(0).UpsertAsync(current.Id, current.Name);
}
