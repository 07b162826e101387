namespace Coordination.Domain.Calendars;

/// <summary>An imported event and its clashes with every calendar once the whole file is stored.</summary>
public sealed record ImportedEventClashes(int Line, EventProfile Event, IReadOnlyList<EventClash> Clashes);

/// <summary>A place and week where imported events pile up: where a director moves events first.</summary>
/// <param name="Place">"City, CC", the country, or the region when the events give neither.</param>
/// <param name="WeekOf">The Monday of the week, at the venues.</param>
/// <param name="Events">Imported events starting there that week with at least one clash.</param>
/// <param name="Clashes">Distinct clashing pairs those events are in.</param>
public sealed record ClashHotspot(string Place, DateOnly WeekOf, int Events, int Clashes);

/// <summary>An imported event with the most clashes, by its line in the file.</summary>
public sealed record ClashingEvent(int Line, string Id, string Title, int Clashes, int Alerted);

/// <summary>
/// What a mass import leaves a regional director to act on: how many pairs of events clash, how many of them the
/// per-event alert budget puts on the dashboards (the others are listed on each event, never alerted), and where and
/// when the clashes pile up. A thousand events in one city would otherwise reach the director as thousands of alerts.
/// </summary>
/// <param name="ClashingPairs">Distinct pairs of an imported event and another event or flagship window that clash.</param>
/// <param name="AlertedPairs">Of those, the pairs whose alert the budget allows from at least one side.</param>
public sealed record ImportClashSummary(int ClashingPairs, int AlertedPairs, ClashHotspot[] Hotspots, ClashingEvent[] MostClashing)
{
    public const int Shown = 5;

    public int NotAlertedPairs => ClashingPairs - AlertedPairs;

    public static ImportClashSummary Of(IReadOnlyCollection<ImportedEventClashes> imported)
    {
        var pairs = new Dictionary<(string, string), bool>();
        foreach (var item in imported)
            foreach (var clash in item.Clashes)
            {
                var key = Pair(item.Event.EventId, clash.Other.Id);
                pairs[key] = pairs.GetValueOrDefault(key) || clash.RaisesAlert;
            }

        var hotspots = imported.Where(i => i.Clashes.Count > 0)
            .GroupBy(i => (Place: PlaceOf(i.Event), WeekOf: WeekOf(i.Event)))
            .Select(g => new ClashHotspot(g.Key.Place, g.Key.WeekOf, g.Count(),
                g.SelectMany(i => i.Clashes.Select(c => Pair(i.Event.EventId, c.Other.Id))).Distinct().Count()))
            .OrderByDescending(h => h.Clashes).ThenByDescending(h => h.Events).ThenBy(h => h.WeekOf).ThenBy(h => h.Place, StringComparer.Ordinal)
            .Take(Shown).ToArray();
        var mostClashing = imported.Where(i => i.Clashes.Count > 0)
            .OrderByDescending(i => i.Clashes.Count).ThenBy(i => i.Line)
            .Take(Shown)
            .Select(i => new ClashingEvent(i.Line, i.Event.EventId, i.Event.Title, i.Clashes.Count, i.Clashes.Count(c => c.RaisesAlert)))
            .ToArray();
        return new ImportClashSummary(pairs.Count, pairs.Count(p => p.Value), hotspots, mostClashing);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static string PlaceOf(EventProfile e) =>
        (e.City, e.Country) switch
        {
            ({ Length: > 0 } city, { Length: > 0 } country) => $"{city}, {country}",
            ({ Length: > 0 } city, _) => city,
            (_, { Length: > 0 } country) => country,
            _ => e.Region.ToString(),
        };

    private static DateOnly WeekOf(EventProfile e)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(e.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.StartUtc, zone).DateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
