namespace Coordination.Domain.Calendars;

/// <summary>
/// "Find a time" for a planned event: every start day in the allowed range is tried, at the event's local
/// time of day and with its length, against the events and flagship windows that could clash with it;
/// runs of consecutive days free of any clash become windows, the roomiest first, then the earliest.
/// </summary>
public static class FreeWindows
{
    public const int MaxRangeDays = 366;

    public static FreeWindow[] Find(
        EventProfile planned, TimeZoneInfo zone, FreeWindowRequest request, IReadOnlyCollection<EventProfile> candidates,
        Func<EventProfile, TextRelation> relate, Func<EventProfile, EventProfile, TextRelation, EventClash?> clash)
    {
        var relations = candidates.Where(c => c.EventId != planned.EventId).Select(c => (Candidate: c, Relation: relate(c))).ToArray();
        var windows = new List<FreeWindow>();
        (DateTime Start, DateTimeOffset StartUtc, DateTimeOffset EndUtc, DateTime Last, int Days)? run = null;
        for (var day = request.From; day <= request.To; day = day.AddDays(1))
        {
            var local = day.ToDateTime(request.StartTime, DateTimeKind.Unspecified);
            var free = !zone.IsInvalidTime(local);
            DateTimeOffset startUtc = default, endUtc = default;
            if (free)
            {
                startUtc = EventRules.ToUtc(local, zone);
                endUtc = EventRules.ToUtc(local + request.Duration, zone);
                var placed = planned with { StartUtc = startUtc, EndUtc = endUtc };
                free = relations.All(r => clash(placed, r.Candidate, r.Relation) is null);
            }
            if (free)
                run = run is { } open ? open with { Last = local, Days = open.Days + 1 } : (local, startUtc, endUtc, local, 1);
            else if (run is { } closed)
            {
                windows.Add(new FreeWindow(closed.Start, closed.Last, closed.StartUtc, closed.EndUtc, closed.Days));
                run = null;
            }
        }
        if (run is { } last) windows.Add(new FreeWindow(last.Start, last.Last, last.StartUtc, last.EndUtc, last.Days));
        return windows.OrderByDescending(w => w.Days).ThenBy(w => w.FirstStartUtc).Take(request.Limit).ToArray();
    }

    /// <summary>The span of instants the planned event could occupy anywhere in the range, widened by how far a clash reaches.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) SearchSpan(TimeZoneInfo zone, FreeWindowRequest request, ClashSettings settings)
    {
        var from = EventRules.ToUtc(request.From.ToDateTime(TimeOnly.MinValue), zone) - settings.Reach - TimeSpan.FromDays(1);
        var to = EventRules.ToUtc(request.To.ToDateTime(TimeOnly.MinValue), zone) + request.Duration + settings.Reach + TimeSpan.FromDays(2);
        return (from, to);
    }
}
