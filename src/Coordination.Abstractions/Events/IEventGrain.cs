using Orleans.Concurrency;

namespace Coordination.Abstractions.Events;

/// <summary>One planned event, keyed by its identifier.</summary>
[Alias("coordination.IEventGrain")]
public interface IEventGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<Event?> GetAsync();

    [Alias("Create")] Task<CommandResult<Event>> CreateAsync(EventDraft draft, string actor);

    [Alias("Update")] Task<CommandResult<Event>> UpdateAsync(EventDraft draft, int expectedVersion, string actor);

    [Alias("Delete")] Task<CommandResult<Event>> DeleteAsync(int expectedVersion, string actor);
}
