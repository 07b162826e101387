namespace Coordination.Domain.Calendars;

/// <summary>An event as a calendar view shows it: its instants, and the zone of its venue whose dates and times it is shown at.</summary>
public sealed record CalendarEntry(string Id, string Title, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string TimeZone)
{
    public static CalendarEntry Of(Event e) => new(e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZone);
}

/// <summary>An entry at the venue's wall-clock times; it takes the local days from its start to its end (exclusive).</summary>
public sealed record PlacedEntry(CalendarEntry Entry, DateTime LocalStart, DateTime LocalEnd)
{
    public DateOnly FirstDay => DateOnly.FromDateTime(LocalStart);

    public DateOnly LastDay => LastDayOf(LocalStart, LocalEnd);

    /// <summary>The last local day an event from <paramref name="start"/> to <paramref name="end"/> takes: one ending at midnight does not take the next day.</summary>
    public static DateOnly LastDayOf(DateTime start, DateTime end) =>
        DateOnly.FromDateTime(end > start ? end.AddTicks(-1) : start);
}

public sealed record CalendarDay(DateOnly Date, bool InMonth, bool IsToday, PlacedEntry[] Entries);

/// <summary>The weeks (from the reader's first day of the week) that show a month, days of the adjacent months included.</summary>
public sealed record MonthGrid(DateOnly Month, CalendarDay[][] Weeks)
{
    public DateOnly FirstDay => Weeks[0][0].Date;
    public DateOnly LastDay => Weeks[^1][^1].Date;
}

/// <summary>One entry as a bar: offset and width are fractions of the timeline, cut at its ends.</summary>
public sealed record TimelineBar(PlacedEntry Entry, double Offset, double Width, bool StartsBefore, bool EndsAfter);

public sealed record TimelineMonth(DateOnly Month, double Offset, double Width);

/// <summary>The days [From, To) as a horizontal axis with its months, and the entries on it in order of start.</summary>
public sealed record Timeline(DateOnly From, DateOnly To, TimelineMonth[] Months, TimelineBar[] Bars)
{
    /// <summary>Where a local time falls on the axis, as a fraction; null outside it.</summary>
    public double? Position(DateTime local)
    {
        var start = From.ToDateTime(TimeOnly.MinValue);
        var end = To.ToDateTime(TimeOnly.MinValue);
        return local < start || local > end ? null : (local - start).TotalDays / (end - start).TotalDays;
    }
}

/// <summary>
/// Lays out a region's events for the month and timeline views. Each event stays on the dates of its venue (a
/// workshop in Tokyo from 23:30 to 01:30 takes two days there, whatever the reader's zone), as the organisers
/// and the participants see it.
/// </summary>
public static class CalendarLayout
{
    public static PlacedEntry Place(CalendarEntry entry)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(entry.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        return new PlacedEntry(entry, TimeZoneInfo.ConvertTime(entry.StartUtc, zone).DateTime, TimeZoneInfo.ConvertTime(entry.EndUtc, zone).DateTime);
    }

    /// <summary>
    /// The first day and the last of the weeks that show the month of <paramref name="month"/>, weeks starting on
    /// <paramref name="firstDayOfWeek"/> (Monday in most cultures, Saturday or Sunday in others).
    /// </summary>
    public static (DateOnly First, DateOnly Last) MonthSpan(DateOnly month, DayOfWeek firstDayOfWeek = DayOfWeek.Monday)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return (first.AddDays(-DaysIntoWeek(first, firstDayOfWeek)), last.AddDays(6 - DaysIntoWeek(last, firstDayOfWeek)));
    }

    /// <summary>Every instant that is on one of the days [first, last] somewhere (UTC-12 to UTC+14): what a view of those days loads.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Instants(DateOnly first, DateOnly last) =>
        (new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-14),
         new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(12));

    public static MonthGrid Month(DateOnly month, IEnumerable<CalendarEntry> entries, DateOnly today, DayOfWeek firstDayOfWeek = DayOfWeek.Monday)
    {
        var (first, last) = MonthSpan(month, firstDayOfWeek);
        var placed = Order(entries.Select(Place).Where(p => p.LastDay >= first && p.FirstDay <= last)).ToArray();
        var weeks = new List<CalendarDay[]>();
        for (var weekStart = first; weekStart <= last; weekStart = weekStart.AddDays(7))
        {
            var days = new CalendarDay[7];
            for (var i = 0; i < 7; i++)
            {
                var day = weekStart.AddDays(i);
                days[i] = new CalendarDay(day, day.Year == month.Year && day.Month == month.Month, day == today,
                    placed.Where(p => p.FirstDay <= day && p.LastDay >= day).ToArray());
            }
            weeks.Add(days);
        }
        return new MonthGrid(new DateOnly(month.Year, month.Month, 1), [.. weeks]);
    }

    /// <summary>The entries that take any of the days [from, to) as bars.</summary>
    public static Timeline Timeline(DateOnly from, DateOnly to, IEnumerable<CalendarEntry> entries)
    {
        if (to <= from) throw new ArgumentException("A timeline ends after it starts.", nameof(to));
        var start = from.ToDateTime(TimeOnly.MinValue);
        var end = to.ToDateTime(TimeOnly.MinValue);
        var span = (end - start).TotalDays;
        double At(DateTime time) => Math.Clamp((time - start).TotalDays / span, 0, 1);

        var bars = Order(entries.Select(Place).Where(p => p.LocalStart < end && p.LocalEnd > start))
            .Select(p => new TimelineBar(p, At(p.LocalStart), At(p.LocalEnd) - At(p.LocalStart), p.LocalStart < start, p.LocalEnd > end))
            .ToArray();

        var months = new List<TimelineMonth>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month < to; month = month.AddMonths(1))
        {
            var first = month < from ? from : month;
            var next = month.AddMonths(1) < to ? month.AddMonths(1) : to;
            var offset = At(first.ToDateTime(TimeOnly.MinValue));
            months.Add(new TimelineMonth(month, offset, At(next.ToDateTime(TimeOnly.MinValue)) - offset));
        }
        return new Timeline(from, to, [.. months], bars);
    }

    private static IEnumerable<PlacedEntry> Order(IEnumerable<PlacedEntry> placed) =>
        placed.OrderBy(p => p.LocalStart).ThenByDescending(p => p.LocalEnd).ThenBy(p => p.Entry.Id, StringComparer.Ordinal);

    private static int DaysIntoWeek(DateOnly day, DayOfWeek firstDayOfWeek) => ((int)day.DayOfWeek - (int)firstDayOfWeek + 7) % 7;
}
