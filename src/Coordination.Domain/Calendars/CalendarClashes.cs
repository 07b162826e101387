namespace Coordination.Domain.Calendars;

/// <summary>An event or flagship window that a calendar's event clashes with, and how.</summary>
public sealed record ClashPartner(string Id, string Title, bool IsFlagship, EventClash Clash);

/// <summary>A region's clashing pairs seen from each event: what a calendar view highlights and names.</summary>
public static class CalendarClashes
{
    /// <summary>Each event's partners, most serious first; a pair counts for both its events (a flagship window is not an event).</summary>
    public static IReadOnlyDictionary<string, ClashPartner[]> ByEvent(IEnumerable<CalendarClash> clashes)
    {
        var partners = new Dictionary<string, List<ClashPartner>>(StringComparer.Ordinal);
        void Add(string id, ClashPartner partner)
        {
            if (!partners.TryGetValue(id, out var list)) partners[id] = list = [];
            if (list.All(p => p.Id != partner.Id)) list.Add(partner);
        }
        foreach (var (e, clash) in clashes)
        {
            Add(e.Id, new ClashPartner(clash.Other.Id, clash.Other.Title, clash.IsFlagship, clash));
            if (!clash.IsFlagship) Add(clash.Other.Id, new ClashPartner(e.Id, e.Title, false, clash));
        }
        return partners.ToDictionary(p => p.Key,
            p => p.Value.OrderByDescending(c => c.Clash.Score).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>One line for a tooltip: "Clashes with X (Medium: same city, same subject); Y (...)".</summary>
    public static string Describe(IEnumerable<ClashPartner> partners) =>
        "Clashes with " + string.Join("; ", partners.Select(p =>
            $"{p.Title}{(p.IsFlagship ? " (flagship window)" : "")} ({p.Clash.Severity}: {Describe(p.Clash.Kinds)})"));

    public static string Describe(IEnumerable<ClashKind> kinds) => string.Join(", ", kinds.Select(Describe));

    public static string Describe(ClashKind kind) => kind switch
    {
        ClashKind.Duplicate => "probably the same event",
        ClashKind.SameCity => "same city",
        ClashKind.SameCountry => "same country",
        ClashKind.SameRegion => "same region",
        ClashKind.SameSubject => "same subject",
        ClashKind.SameAudience => "same audience",
        ClashKind.Flagship => "flagship window",
        _ => kind.ToString(),
    };
}
