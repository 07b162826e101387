namespace Coordination.Silo.Web;

/// <summary>The "check a planned event" form as typed; it becomes a draft only when checked, and is never stored.</summary>
public sealed class PlannedEventForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string Language { get; set; } = "en";
    public string Kind { get; set; } = nameof(EventKind.Workshop);
    /// <summary>Comma-separated, as typed.</summary>
    public string? Audience { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? TimeZone { get; set; }
    /// <summary>Local wall-clock time at the venue.</summary>
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    public HashSet<Sector> Sectors { get; } = [];
    public HashSet<string> Topics { get; } = new(StringComparer.Ordinal);

    /// <summary>How many local days the event takes, 1 for a one-day event; null until both ends are given in order.</summary>
    public int? Days => Start is { } start && End is { } end && end > start
        ? PlacedEntry.LastDayOf(start, end).DayNumber - DateOnly.FromDateTime(start).DayNumber + 1
        : null;

    /// <summary>The draft; the venue's country gives the region, and without a country (online) the calendar's region does.</summary>
    public EventDraft ToDraft(Region calendarRegion) => new()
    {
        Title = Title,
        Description = Description,
        Language = Language,
        Kind = Kind,
        Audience = (Audience ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        City = City,
        Country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant(),
        Region = string.IsNullOrWhiteSpace(Country) ? calendarRegion.ToString() : null,
        TimeZone = string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone.Trim(),
        // The browser's value carries no zone; the venue's zone goes in TimeZone.
        Start = Start is { } start ? DateTime.SpecifyKind(start, DateTimeKind.Unspecified) : null,
        End = End is { } end ? DateTime.SpecifyKind(end, DateTimeKind.Unspecified) : null,
        OrganisingSectors = Sectors.Order().Select(s => s.ToString()).ToArray(),
        Topics = Topics.Order(StringComparer.Ordinal).ToArray(),
    };

    /// <summary>The draft lasting <paramref name="days"/> local days: the same start, ending at the end's time of day on the last day.</summary>
    public EventDraft ToDraft(Region calendarRegion, int days)
    {
        var draft = ToDraft(calendarRegion);
        // A start the event rules refuse is theirs to explain; days added to it might not exist.
        if (draft.Start is not { } start || !PlannableDates.Contains(start)) return draft;
        var end = draft.End is { } given ? start.Date.AddDays(days - 1) + given.TimeOfDay : start.AddDays(days);
        // Ending before its start on the last day means it runs overnight into the next.
        return draft with { End = end > start ? end : end.AddDays(1) };
    }
}
