using Orleans.Concurrency;
using Coordination.Abstractions.Model;

namespace Coordination.Abstractions.Grains;

/// <summary>One planned event, keyed by its identifier.</summary>
[Alias("coordination.IEventGrain")]
public interface IEventGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<Event?> GetAsync();

    [Alias("Create")] Task<CommandResult<Event>> CreateAsync(EventDraft draft, string actor);

    [Alias("Update")] Task<CommandResult<Event>> UpdateAsync(EventDraft draft, int expectedVersion, string actor);

    [Alias("Delete")] Task<CommandResult<Event>> DeleteAsync(int expectedVersion, string actor);
}

/// <summary>One regional office, keyed by its region code: its director and its region's calendar.</summary>
[Alias("coordination.IRegionalOfficeGrain")]
public interface IRegionalOfficeGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<RegionalOffice> GetAsync();

    [Alias("SetDirector")] Task<RegionalOffice> SetDirectorAsync(RegionalDirector? director);

    [Alias("UpsertEvent")] Task UpsertEventAsync(EventSummary summary);

    [Alias("RemoveEvent")] Task RemoveEventAsync(string eventId);

    /// <summary>Events whose time span overlaps [from, to), ordered by start.</summary>
    [Alias("ListEvents"), ReadOnly] Task<EventSummary[]> ListEventsAsync(DateTimeOffset from, DateTimeOffset to);
}
