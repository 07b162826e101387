using Coordination.Grains.Diagnostics;
using Orleans.Concurrency;

namespace Coordination.Grains.Calendars;

/// <summary>
/// Checks a planned event where each kind of clash can be found: its region's calendar (time and place, subject,
/// duplicates), the audience calendars of the months it touches, and the flagship months. Nothing here is
/// global: a check touches one office and a handful of month grains. One per silo core, no state.
/// </summary>
[StatelessWorker]
public sealed class EventClashCheckerGrain(AlertBudget budget) : Grain, IEventClashCheckerGrain
{
    public async Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings)
    {
        using var activity = CoordinationTelemetry.Source.StartActivity("event clash check");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var checks = new List<Task<EventClash[]>> { Office(planned.Region).CheckAsync(planned, settings) };
        checks.AddRange(AudienceCalendars(planned, planned.StartUtc.AddDays(-7), planned.EndUtc.AddDays(7)).Select(c => c.CheckAsync(planned, settings)));
        checks.AddRange(FlagshipMonths(planned.StartUtc - settings.AdjacencyGap, planned.EndUtc + settings.AdjacencyGap).Select(m => m.CheckAsync(planned, settings)));
        var answers = await Task.WhenAll(checks);
        // The same event can be found by its office and by an audience calendar: keep the fuller finding.
        var found = ClashScorer.Rank(answers.SelectMany(a => a).GroupBy(c => c.Other.Id).Select(g => g.MaxBy(c => c.Score)!)).ToArray();
        var clashes = budget.Apply(await OneAlertPerPairAsync(planned, found, settings));
        CoordinationTelemetry.ClashCheckDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return clashes;
    }

    public async Task<FreeWindowResult> FindFreeWindowsAsync(EventProfile planned, FreeWindowRequest request, ClashSettings settings)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(planned.TimeZone);
        var (from, to) = FreeWindows.SearchSpan(zone, request, settings);
        var crossRegion = await Task.WhenAll(
            AudienceCalendars(planned, from, to).Select(c => c.ListAsync(from, to))
                .Concat(FlagshipMonths(from, to).Select(m => m.ListAsync())));
        var distinct = crossRegion.SelectMany(p => p).DistinctBy(p => p.EventId).ToArray();
        return await Office(planned.Region).FindFreeWindowsAsync(planned, request, settings, distinct);
    }

    public async Task<CalendarClash[]> ListRegionClashesAsync(Region region, DateTimeOffset from, DateTimeOffset to, ClashSettings settings)
    {
        var flagships = await Task.WhenAll(FlagshipMonths(from - settings.AdjacencyGap, to + settings.AdjacencyGap).Select(m => m.ListAsync()));
        return await Office(region).ListClashesAsync(from, to, settings, flagships.SelectMany(f => f).DistinctBy(f => f.EventId).ToArray());
    }

    /// <summary>
    /// A window and the event held in it are one real thing: when both would raise an alert with the planned event, the
    /// event's alert stands for the pair (<see cref="FlagshipEvents"/>). Only then are the profiles needed, so only then
    /// are they fetched: the windows from their months, the events, with their text, from their offices.
    /// </summary>
    private async Task<EventClash[]> OneAlertPerPairAsync(EventProfile planned, EventClash[] clashes, ClashSettings settings)
    {
        var windows = clashes.Where(c => c is { IsFlagship: true, RaisesAlert: true }).ToArray();
        var events = clashes.Where(c => c is { IsFlagship: false, RaisesAlert: true }
            && windows.Any(w => w.Other.StartUtc < c.Other.EndUtc && c.Other.StartUtc < w.Other.EndUtc)).ToArray();
        if (events.Length == 0) return clashes;
        var windowProfiles = await Task.WhenAll(FlagshipMonths(planned.StartUtc - settings.AdjacencyGap, planned.EndUtc + settings.AdjacencyGap).Select(m => m.ListAsync()));
        var eventProfiles = await Task.WhenAll(events.GroupBy(e => e.Other.Region).Select(g => Office(g.Key).GetProfilesAsync([.. g.Select(e => e.Other.Id)])));
        var profiles = windowProfiles.Concat(eventProfiles).SelectMany(p => p).DistinctBy(p => p.EventId).ToDictionary(p => p.EventId, StringComparer.Ordinal);
        return FlagshipEvents.OneAlertPerPair(clashes, profiles);
    }

    private IRegionalOfficeGrain Office(Region region) => GrainFactory.GetGrain<IRegionalOfficeGrain>(region.ToString());

    private IEnumerable<IAudienceCalendarGrain> AudienceCalendars(EventProfile planned, DateTimeOffset from, DateTimeOffset to) =>
        planned.Audience.SelectMany(tag => EventProfiles.Months(from, to)
            .Select(month => GrainFactory.GetGrain<IAudienceCalendarGrain>(EventProfiles.AudienceCalendarKey(tag, month))));

    private IEnumerable<IFlagshipMonthGrain> FlagshipMonths(DateTimeOffset from, DateTimeOffset to) =>
        EventProfiles.Months(from, to).Select(month => GrainFactory.GetGrain<IFlagshipMonthGrain>(EventProfiles.MonthKey(month)));
}
