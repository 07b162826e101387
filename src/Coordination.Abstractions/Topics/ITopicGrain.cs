using Orleans.Concurrency;

namespace Coordination.Abstractions.Topics;

/// <summary>One topic: its definition, the task forces that own it, and the activities and events on it.</summary>
[Alias("coordination.ITopicGrain")]
public interface ITopicGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<Topic?> GetAsync();

    [Alias("Create")] Task<CommandResult<Topic>> CreateAsync(TopicDraft draft, string actor);

    [Alias("Update")] Task<CommandResult<Topic>> UpdateAsync(TopicDraft draft, int expectedVersion, string actor);

    [Alias("SetTaskForce")] Task SetTaskForceAsync(string taskForceId, bool owns);

    [Alias("UpsertActivity")] Task UpsertActivityAsync(ActivitySummary summary);

    [Alias("RemoveActivity")] Task RemoveActivityAsync(string activityId);

    [Alias("ListActivities"), ReadOnly] Task<ActivitySummary[]> ListActivitiesAsync();

    [Alias("UpsertEvent")] Task UpsertEventAsync(EventSummary summary);

    [Alias("RemoveEvent")] Task RemoveEventAsync(string eventId);

    [Alias("ListEvents"), ReadOnly] Task<EventSummary[]> ListEventsAsync();
}
