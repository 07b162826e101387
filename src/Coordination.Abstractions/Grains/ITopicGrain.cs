using Orleans.Concurrency;
using Coordination.Abstractions.Model;

namespace Coordination.Abstractions.Grains;

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

/// <summary>The list of topic identifiers and names, changed only when a topic is created or renamed.</summary>
[Alias("coordination.ITopicCatalogGrain")]
public interface ITopicCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task UpsertAsync(string topicId, string name);

    [Alias("List"), ReadOnly] Task<Dictionary<string, string>> ListAsync();
}
