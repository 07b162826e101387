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

/// <summary>
/// One regional office, keyed by its region code: its director and its region's calendar, held in memory in
/// an interval index (rebuilt from the durable calendar buckets on activation) so that a check looks at the
/// events near the planned one, never at the whole calendar.
/// </summary>
[Alias("coordination.IRegionalOfficeGrain")]
public interface IRegionalOfficeGrain : IGrainWithStringKey
{
    [Alias("Get"), ReadOnly] Task<RegionalOffice> GetAsync();

    [Alias("SetDirector")] Task<RegionalOffice> SetDirectorAsync(RegionalDirector? director);

    [Alias("UpsertEvent")] Task UpsertEventAsync(EventProfile profile);

    [Alias("RemoveEvent")] Task RemoveEventAsync(string eventId);

    /// <summary>Events whose time span overlaps [from, to), ordered by start.</summary>
    [Alias("ListEvents"), ReadOnly] Task<EventSummary[]> ListEventsAsync(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The region's events the planned one clashes with (time and place, subject, audience, duplicates), ranked.</summary>
    [Alias("Check"), ReadOnly] Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings);

    /// <summary>Every clashing pair among the region's events overlapping [from, to), and with the given flagship windows.</summary>
    [Alias("ListClashes"), ReadOnly] Task<CalendarClash[]> ListClashesAsync(DateTimeOffset from, DateTimeOffset to, ClashSettings settings, EventProfile[] flagships);

    /// <summary>Free windows for the planned event against this calendar and the cross-region entries (audience, flagship) given.</summary>
    [Alias("FindFreeWindows"), ReadOnly]
    Task<FreeWindow[]> FindFreeWindowsAsync(EventProfile planned, FreeWindowRequest request, ClashSettings settings, EventProfile[] crossRegion);
}

/// <summary>One durable bucket of a region's calendar, keyed "{region}/{bucket}": many small buckets keep each write small.</summary>
[Alias("coordination.IRegionCalendarBucketGrain")]
public interface IRegionCalendarBucketGrain : IGrainWithStringKey
{
    [Alias("Upsert")] Task UpsertAsync(EventProfile profile);

    [Alias("Remove")] Task RemoveAsync(string eventId);

    [Alias("List"), ReadOnly] Task<EventProfile[]> ListAsync();
}

/// <summary>
/// The events aimed at one audience in one month, in every region, keyed "{audience}/{yyyy-MM}": the
/// cross-region audience check asks the few months it touches, not a global calendar.
/// </summary>
[Alias("coordination.IAudienceCalendarGrain")]
public interface IAudienceCalendarGrain : IGrainWithStringKey
{
    [Alias("Upsert")] Task UpsertAsync(EventProfile profile);

    [Alias("Remove")] Task RemoveAsync(string eventId);

    [Alias("Check"), ReadOnly] Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings);

    [Alias("List"), ReadOnly] Task<EventProfile[]> ListAsync(DateTimeOffset from, DateTimeOffset to);
}

/// <summary>The flagship events and blackout windows: durable, edited by administrators, copied to the month calendars.</summary>
[Alias("coordination.IFlagshipCatalogGrain")]
public interface IFlagshipCatalogGrain : IGrainWithIntegerKey
{
    [Alias("Set")] Task<CommandResult<FlagshipWindow>> SetAsync(FlagshipWindow window);

    [Alias("Remove")] Task<bool> RemoveAsync(string code);

    [Alias("List"), ReadOnly] Task<FlagshipWindow[]> ListAsync();
}

/// <summary>The flagship windows touching one month, keyed "yyyy-MM": a copy of the catalogue's that checks read, so they do not queue at the catalogue.</summary>
[Alias("coordination.IFlagshipMonthGrain")]
public interface IFlagshipMonthGrain : IGrainWithStringKey
{
    [Alias("Refresh")] Task RefreshAsync(FlagshipWindow[] windows);

    [Alias("Check"), ReadOnly] Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings);

    [Alias("List"), ReadOnly] Task<EventProfile[]> ListAsync();
}

/// <summary>Checks an event against its region's calendar, the audience calendars and the flagship windows; a stateless worker on every silo.</summary>
[Alias("coordination.IEventClashCheckerGrain")]
public interface IEventClashCheckerGrain : IGrainWithIntegerKey
{
    [Alias("Check")] Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings);

    [Alias("FindFreeWindows")] Task<FreeWindow[]> FindFreeWindowsAsync(EventProfile planned, FreeWindowRequest request, ClashSettings settings);

    [Alias("ListRegionClashes")] Task<CalendarClash[]> ListRegionClashesAsync(Region region, DateTimeOffset from, DateTimeOffset to, ClashSettings settings);
}
