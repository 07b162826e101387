using System.Security.Claims;
using Coordination.Grains.Calendars;
using Coordination.Grains.Records;
using Microsoft.AspNetCore.Authorization;

namespace Coordination.Silo.Calendars;

/// <summary>A planned event and where it could move: the free-window search.</summary>
/// <param name="Event">The planned event; its start and end give the time of day and the length to keep.</param>
/// <param name="From">First allowed start day, at the venue.</param>
/// <param name="To">Last allowed start day, at the venue (at most a year after From).</param>
/// <param name="Limit">How many windows to return (1-50, default 5).</param>
public sealed record FreeWindowQuery(EventDraft? Event, DateOnly? From, DateOnly? To, int? Limit);

/// <summary>
/// The windows found, roomiest first, and what was searched: start days at the event's local time of day, with its
/// length; and each blocked start day with the events or flagship windows that would raise an alert on it.
/// </summary>
public sealed record FreeWindowSearch(FreeWindow[] Windows, FreeWindowRequest Request, string TimeZone, BlockedDay[] Blocked)
{
    public string? Message => Windows.Length == 0
        ? "Every start day in the range would raise a clash alert (each blocked day says with what); widen the range or change the time."
        : null;
}

/// <summary>A region's calendar for a range: its events in full (a view needs each venue's zone) and its clashing pairs, ranked.</summary>
public sealed record RegionCalendar(Region Region, DateTimeOffset From, DateTimeOffset To, Event[] Events, CalendarClash[] Clashes);

/// <summary>An import file checked whole: its plan, and its events the user may not change. It is stored only when both are clean.</summary>
public sealed record ImportCheck(ImportPlan Plan, CalendarLineError[] Refusals)
{
    public bool CanStore => Plan.IsValid && Refusals.Length == 0;
}

public sealed record CalendarFile(string FileName, string Text);

/// <summary>
/// The event calendars for the API and the web UI alike: checking a planned event (never stored), free windows,
/// a region's events and clashes, and .ics files in and out, so that both answer, and refuse, the same way.
/// </summary>
public sealed class EventCalendars(IGrainFactory grains, ClashSettings defaults, IAuthorizationService authorization)
{
    /// <summary>The id a draft without one is checked under; stored events' ids never clash with it.</summary>
    public const string PlannedId = "planned-event";
    public const int MaxImportBytes = 10 * 1024 * 1024;

    /// <summary>Who may import a calendar file at all; each of its events must then be theirs to change.</summary>
    public static IReadOnlyList<string> ImportRoles { get; } = [Roles.RegionalDirector, Roles.TaskForceMember, Roles.Admin];

    public static bool CanImport(ClaimsPrincipal user) => ImportRoles.Any(user.IsInRole);

    public ClashSettings Defaults => defaults;

    /// <summary>The planned event's clashes with every calendar, ranked and explained; invalid fields under their JSON names.</summary>
    public async Task<CommandResult<EventClash[]>> CheckAsync(EventDraft draft, ClashSettings? settings = null)
    {
        var (profile, errors) = await ProfileAsync(draft);
        if (profile is null) return CommandResult<EventClash[]>.Invalid(errors!);
        return CommandResult<EventClash[]>.Ok(await Checker.CheckAsync(profile, settings ?? defaults));
    }

    /// <summary>A stored event's clashes; null when there is no such event.</summary>
    public async Task<EventClash[]?> ClashesOfAsync(string id, ClashSettings? settings = null) =>
        await grains.GetGrain<IEventGrain>(id).GetAsync() is { } stored
            ? await Checker.CheckAsync(EventProfiles.Of(stored), settings ?? defaults)
            : null;

    public async Task<CommandResult<FreeWindowSearch>> FindFreeWindowsAsync(FreeWindowQuery query, ClashSettings? settings = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (query.Event is null) errors["event"] = ["Give the planned event: its start and end set the time of day and the length to keep."];
        if (query.From is null) errors["from"] = ["Give the first allowed start day, e.g. 2027-03-01."];
        else if (!PlannableDates.Contains(query.From.Value)) errors["from"] = [PlannableDates.Refusal("from", PlannableDates.Format(query.From.Value))];
        if (query.To is null) errors["to"] = ["Give the last allowed start day, e.g. 2027-04-30."];
        else if (!PlannableDates.Contains(query.To.Value)) errors["to"] = [PlannableDates.Refusal("to", PlannableDates.Format(query.To.Value))];
        else if (query.From is { } f && (query.To < f || query.To.Value.DayNumber - f.DayNumber >= FreeWindows.MaxRangeDays))
            errors["to"] = [$"'to' must be on or after 'from' and less than {FreeWindows.MaxRangeDays} days later."];
        var limit = query.Limit ?? 5;
        if (limit is < 1 or > 50) errors["limit"] = ["limit must be between 1 and 50."];
        if (errors.Count > 0) return CommandResult<FreeWindowSearch>.Invalid(errors);

        var (profile, invalid) = await ProfileAsync(query.Event!);
        if (profile is null) return CommandResult<FreeWindowSearch>.Invalid(invalid!);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(profile.TimeZone);
        var start = TimeZoneInfo.ConvertTime(profile.StartUtc, zone);
        var request = new FreeWindowRequest(query.From!.Value, query.To!.Value, TimeOnly.FromTimeSpan(start.TimeOfDay), profile.EndUtc - profile.StartUtc, limit);
        var found = await Checker.FindFreeWindowsAsync(profile, request, settings ?? defaults);
        return CommandResult<FreeWindowSearch>.Ok(new FreeWindowSearch(found.Windows, request, profile.TimeZone, found.Blocked));
    }

    /// <summary>The region's events overlapping [from, to), ordered by start.</summary>
    public Task<EventSummary[]> ListEventsAsync(Region region, DateTimeOffset from, DateTimeOffset to) =>
        Office(region).ListEventsAsync(from, to);

    /// <summary>Every clashing pair among the region's events overlapping [from, to), and with flagship windows, most serious first.</summary>
    public Task<CalendarClash[]> ListClashesAsync(Region region, DateTimeOffset from, DateTimeOffset to, ClashSettings? settings = null) =>
        Checker.ListRegionClashesAsync(region, from, to, settings ?? defaults);

    public async Task<RegionCalendar> GetCalendarAsync(Region region, DateTimeOffset from, DateTimeOffset to)
    {
        var summaries = ListEventsAsync(region, from, to);
        var clashes = ListClashesAsync(region, from, to);
        var events = await FullAsync(await summaries);
        return new RegionCalendar(region, from, to, events, await clashes);
    }

    /// <summary>Parses and validates the whole file and checks that every event, and what it replaces, is the user's to change.</summary>
    public async Task<ImportCheck> CheckImportAsync(ClaimsPrincipal user, string text, ImportDefaults importDefaults, CancellationToken cancellationToken = default)
    {
        var plan = await EventCalendarImport.PlanAsync(grains, text, importDefaults, cancellationToken);
        if (!plan.IsValid) return new ImportCheck(plan, []);
        var refusals = new List<CalendarLineError>();
        foreach (var entry in plan.Entries)
        {
            var scopes = new List<EventScope> { new(entry.Validated.Region, entry.Validated.OrganisingSectors) };
            if (entry.Existing is { } existing) scopes.Add(new(existing.Region, existing.OrganisingSectors));
            foreach (var scope in scopes)
                if (!(await authorization.AuthorizeAsync(user, scope, EditRequirement.Instance)).Succeeded)
                {
                    refusals.Add(new CalendarLineError(entry.Line, $"Event '{entry.Validated.Title}': {scope.Refusal}"));
                    break;
                }
        }
        return new ImportCheck(plan, [.. refusals]);
    }

    public Task<ImportReport> StoreImportAsync(ClaimsPrincipal user, ImportCheck check, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!check.CanStore) throw new InvalidOperationException("A file with errors or refused events is not stored.");
        return EventCalendarImport.StoreAsync(grains, check.Plan, user.UserId(), defaults, progress, cancellationToken);
    }

    /// <summary>The events of a region, a sector or a topic (any combination) in [from, to) as an .ics file; null when the topic does not exist.</summary>
    public async Task<CalendarFile?> ExportAsync(Region? region, Sector? sector, string? topic, DateTimeOffset from, DateTimeOffset to)
    {
        EventSummary[] summaries;
        if (topic is not null)
        {
            if (await grains.GetGrain<ITopicGrain>(topic).GetAsync() is null) return null;
            summaries = (await grains.GetGrain<ITopicGrain>(topic).ListEventsAsync()).Where(e => e.StartUtc < to && e.EndUtc > from).ToArray();
        }
        else
        {
            var regions = region is { } one ? [one] : Enum.GetValues<Region>();
            var calendars = await Task.WhenAll(regions.Select(r => ListEventsAsync(r, from, to)));
            summaries = calendars.SelectMany(c => c).ToArray();
        }
        var wanted = summaries.Where(e => (region is null || e.Region == region) && (sector is null || e.OrganisingSectors.Contains(sector.Value)));
        var events = await FullAsync(wanted);
        var name = string.Join(" ", new[] { region?.ToString(), sector?.ToString(), topic }.OfType<string>().DefaultIfEmpty("All")) + " events";
        var ics = EventCalendarFiles.Write(events.OrderBy(e => e.StartUtc), $"ITU {name}");
        return new CalendarFile((Identifiers.Slugify(name) ?? "calendar") + ".ics", ics);
    }

    /// <summary>The stored events behind calendar entries; one deleted meanwhile is left out.</summary>
    private async Task<Event[]> FullAsync(IEnumerable<EventSummary> summaries) =>
        (await Task.WhenAll(summaries.Select(e => grains.GetGrain<IEventGrain>(e.Id).GetAsync()))).OfType<Event>().ToArray();

    /// <summary>The draft as the checker sees it, once it validates; a draft without an id is checked as <see cref="PlannedId"/>.</summary>
    private async Task<(EventProfile? Profile, Dictionary<string, string[]>? Errors)> ProfileAsync(EventDraft draft)
    {
        var id = string.IsNullOrWhiteSpace(draft.Id) ? PlannedId : draft.Id.Trim();
        var known = await ReferenceLookup.LookUpAsync(grains, draft.Topics, null);
        var validated = EventRules.Validate(id, draft with { Id = id }, known, Audit.New("check", DateTimeOffset.UnixEpoch));
        return validated.IsValid ? (EventProfiles.Of(validated.Value!), null) : (null, validated.Errors);
    }

    private IEventClashCheckerGrain Checker => grains.GetGrain<IEventClashCheckerGrain>(0);

    private IRegionalOfficeGrain Office(Region region) => grains.GetGrain<IRegionalOfficeGrain>(region.ToString());
}
