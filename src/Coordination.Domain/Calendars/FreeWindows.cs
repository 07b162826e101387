namespace Coordination.Domain.Calendars;

/// <summary>
/// "Find a time" for a planned event: every start day in the allowed range is tried, at the event's local time of
/// day and with its length, against the events and flagship windows that could clash with it. A day is blocked only
/// by a clash that would raise an alert (the alert threshold, one alert per real pair as <see cref="FlagshipEvents"/>
/// counts them); a clash below it is shown by the check, never a reason to move. Runs of consecutive free days become
/// windows, the roomiest first, then the earliest; each blocked day comes back with what blocks it.
/// </summary>
public static class FreeWindows
{
    public const int MaxRangeDays = 366;

    public const string InvalidStartNote = "This start time does not exist on this day at the venue (the clocks change).";

    public static FreeWindowResult Find(
        EventProfile planned, TimeZoneInfo zone, FreeWindowRequest request, IReadOnlyCollection<EventProfile> candidates,
        Func<EventProfile, TextRelation> relate, Func<EventProfile, EventProfile, TextRelation, EventClash?> clash)
    {
        var relations = candidates.Where(c => c.EventId != planned.EventId).Select(c => (Candidate: c, Relation: relate(c))).ToArray();
        var profiles = relations.Select(r => r.Candidate).DistinctBy(c => c.EventId).ToDictionary(c => c.EventId, StringComparer.Ordinal);
        var windows = new List<FreeWindow>();
        var blocked = new List<BlockedDay>();
        (DateTime Start, DateTimeOffset StartUtc, DateTimeOffset EndUtc, DateTime Last, int Days)? run = null;
        for (var day = request.From; day <= request.To; day = day.AddDays(1))
        {
            var local = day.ToDateTime(request.StartTime, DateTimeKind.Unspecified);
            BlockedDay? block;
            DateTimeOffset startUtc = default, endUtc = default;
            if (zone.IsInvalidTime(local)) block = new BlockedDay(day, local, [], InvalidStartNote);
            else
            {
                startUtc = EventRules.ToUtc(local, zone);
                endUtc = EventRules.ToUtc(local + request.Duration, zone);
                var placed = planned with { StartUtc = startUtc, EndUtc = endUtc };
                var found = ClashScorer.Rank(relations.Select(r => clash(placed, r.Candidate, r.Relation)).OfType<EventClash>()).ToArray();
                var alerting = FlagshipEvents.OneAlertPerPair(found, profiles).Where(c => c.RaisesAlert).ToArray();
                block = alerting.Length == 0 ? null : new BlockedDay(day, local, [.. alerting.Select(DayBlocker.Of)]);
            }
            if (block is null)
                run = run is { } open ? open with { Last = local, Days = open.Days + 1 } : (local, startUtc, endUtc, local, 1);
            else
            {
                blocked.Add(block);
                if (run is { } closed) windows.Add(new FreeWindow(closed.Start, closed.Last, closed.StartUtc, closed.EndUtc, closed.Days));
                run = null;
            }
        }
        if (run is { } last) windows.Add(new FreeWindow(last.Start, last.Last, last.StartUtc, last.EndUtc, last.Days));
        return new FreeWindowResult(windows.OrderByDescending(w => w.Days).ThenBy(w => w.FirstStartUtc).Take(request.Limit).ToArray(), [.. blocked]);
    }

    /// <summary>The span of instants the planned event could occupy anywhere in the range, widened by how far a clash reaches.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) SearchSpan(TimeZoneInfo zone, FreeWindowRequest request, ClashSettings settings)
    {
        var from = EventRules.ToUtc(request.From.ToDateTime(TimeOnly.MinValue), zone) - settings.Reach - TimeSpan.FromDays(1);
        var to = EventRules.ToUtc(request.To.ToDateTime(TimeOnly.MinValue), zone) + request.Duration + settings.Reach + TimeSpan.FromDays(2);
        return (from, to);
    }
}
