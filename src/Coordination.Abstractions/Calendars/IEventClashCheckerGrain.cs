using Orleans.Concurrency;

namespace Coordination.Abstractions.Calendars;

/// <summary>Checks an event against its region's calendar, the audience calendars and the flagship windows; a stateless worker on every silo.</summary>
[Alias("coordination.IEventClashCheckerGrain")]
public interface IEventClashCheckerGrain : IGrainWithIntegerKey
{
    [Alias("Check")] Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings);

    [Alias("FindFreeWindowsExplained")] Task<FreeWindowResult> FindFreeWindowsAsync(EventProfile planned, FreeWindowRequest request, ClashSettings settings);

    [Alias("ListRegionClashes")] Task<CalendarClash[]> ListRegionClashesAsync(Region region, DateTimeOffset from, DateTimeOffset to, ClashSettings settings);
}
