using Orleans.Concurrency;

namespace Coordination.Abstractions.Regions;

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

    /// <summary>The full profiles (with their text) of those of the given events this calendar holds.</summary>
    [Alias("GetProfiles"), ReadOnly] Task<EventProfile[]> GetProfilesAsync(string[] eventIds);

    /// <summary>Events whose time span overlaps [from, to), ordered by start.</summary>
    [Alias("ListEvents"), ReadOnly] Task<EventSummary[]> ListEventsAsync(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The region's events the planned one clashes with (time and place, subject, audience, duplicates), ranked.</summary>
    [Alias("Check"), ReadOnly] Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings);

    /// <summary>Every clashing pair among the region's events overlapping [from, to), and with the given flagship windows.</summary>
    [Alias("ListClashes"), ReadOnly] Task<CalendarClash[]> ListClashesAsync(DateTimeOffset from, DateTimeOffset to, ClashSettings settings, EventProfile[] flagships);

    /// <summary>Free windows for the planned event against this calendar and the cross-region entries (audience, flagship) given, and the blocked days.</summary>
    [Alias("FindFreeWindowsExplained"), ReadOnly]
    Task<FreeWindowResult> FindFreeWindowsAsync(EventProfile planned, FreeWindowRequest request, ClashSettings settings, EventProfile[] crossRegion);
}
