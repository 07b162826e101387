using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Coordination.Silo.Web;

/// <summary>
/// A planned event as typed: in the "check a planned event" form it becomes a draft only when checked and is never stored;
/// the event form stores it.
/// </summary>
public sealed class PlannedEventForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string Language { get; set; } = "en";
    public string Kind { get; set; } = nameof(EventKind.Workshop);
    public string Status { get; set; } = nameof(EventStatus.Planned);
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

    /// <summary>The form filled in with a stored event, to edit it.</summary>
    public static PlannedEventForm Of(Event stored)
    {
        var form = new PlannedEventForm
        {
            Title = stored.Title,
            Description = stored.Description,
            Language = stored.Language,
            Kind = stored.Kind.ToString(),
            Status = stored.Status.ToString(),
            Audience = string.Join(", ", stored.Audience),
            City = stored.City,
            Country = stored.Country,
            TimeZone = stored.TimeZone,
            Start = stored.Start,
            End = stored.End,
        };
        form.Sectors.UnionWith(stored.OrganisingSectors);
        form.Topics.UnionWith(stored.Topics);
        return form;
    }

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
        Status = Status,
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

    /// <summary>
    /// The checker's problems as the page shows them, in the reader's language: each field's message is told from
    /// the values typed (the checker speaks the API's English); a field the form does not know keeps the checker's words.
    /// </summary>
    public Dictionary<string, string[]> Explain(IReadOnlyDictionary<string, string[]> errors, IStringLocalizer<PlannedEventForm> T,
        DateOnly? windowFrom = null, DateOnly? windowTo = null) =>
        errors.ToDictionary(e => e.Key, e => Explain(e.Key, T, windowFrom, windowTo) is { } message ? [message] : e.Value, StringComparer.Ordinal);

    private string? Explain(string field, IStringLocalizer<PlannedEventForm> T, DateOnly? windowFrom, DateOnly? windowTo) => field switch
    {
        "title" => Text(T, Title, Limits.TitleLength, required: true),
        "description" => Text(T, Description, Limits.DescriptionLength),
        "city" => Text(T, City, Limits.ShortTextLength),
        "audience" => T["Error.Audience", Limits.Keywords, Limits.KeywordLength],
        "language" or "kind" or "status" => T["Error.Choice"],
        "organisingSectors" => T["Error.Sectors"],
        "topics" => T["Error.Topics"],
        "country" => T["Error.Country", Country?.Trim() ?? ""],
        "region" => T["Error.Region"],
        "timeZone" => T["Error.TimeZone", TimeZone?.Trim() ?? ""],
        "start" => Time(T, Start, T["Error.Start.Required"]),
        "end" => Time(T, End, T["Error.End.Required"])
                 ?? (End <= Start ? T["Error.End.BeforeStart"] : T["Error.End.TooLong", Limits.MaxEventDays]),
        "from" => windowFrom is null ? T["Error.From.Required"] : OutsideDates(T),
        "to" => windowTo is not { } to ? T["Error.To.Required"]
                : !PlannableDates.Contains(to) ? OutsideDates(T)
                : T["Error.To.Order", FreeWindows.MaxRangeDays],
        _ => null,
    };

    private static string OutsideDates(IStringLocalizer<PlannedEventForm> T) =>
        T["Error.Date.Range", Labels.Date(PlannableDates.First), Labels.Date(PlannableDates.Last)];

    private static string Text(IStringLocalizer<PlannedEventForm> T, string? value, int maxLength, bool required = false) =>
        required && string.IsNullOrWhiteSpace(value) ? T["Error.Title.Required"]
        : value?.Length > maxLength ? T["Error.TooLong", Labels.Number(value.Length), Labels.Number(maxLength)]
        : T["Error.Characters"];

    /// <summary>A start or end's problem, or null when the time itself is fine (the problem is then between the two).</summary>
    private string? Time(IStringLocalizer<PlannedEventForm> T, DateTime? value, string required)
    {
        if (value is not { } local) return required;
        if (!PlannableDates.Contains(local)) return OutsideDates(T);
        var zoneId = string.IsNullOrWhiteSpace(TimeZone) ? "UTC" : TimeZone.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) && zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)))
            return T["Error.Time.Skipped", local.ToString("g", CultureInfo.CurrentCulture), zoneId];
        return null;
    }
}
