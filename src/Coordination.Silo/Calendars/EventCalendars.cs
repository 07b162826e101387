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

    /// <summary>What storing this check would do; the commit stores the same entries with the same actions.</summary>
    public ImportPreview Preview()
    {
        var refused = Refusals.Select(r => r.Line).ToHashSet();
        var events = Plan.Entries.Where(e => !refused.Contains(e.Line)).OrderBy(e => e.Line).Select(ImportPreviewEntry.Of).ToArray();
        return new ImportPreview(CanStore, events.Length,
            events.Count(e => e.Action == ImportAction.Create), events.Count(e => e.Action == ImportAction.Update),
            events.Count(e => e.Action == ImportAction.Unchanged), events, [.. Plan.Errors.Concat(Refusals).OrderBy(e => e.Line)]);
    }
}

/// <summary>
/// What an import would do, storing nothing. <paramref name="CanImport"/> is false when anything is rejected: the file
/// is then stored not at all, and <paramref name="Events"/> lists the entries that were valid on their own.
/// </summary>
/// <param name="Total">Entries the import would create, update or leave unchanged (Created + Updated + Unchanged).</param>
/// <param name="Rejected">Each problem with the line it is on: the file's errors, and events the user may not change.</param>
public sealed record ImportPreview(bool CanImport, int Total, int Created, int Updated, int Unchanged, ImportPreviewEntry[] Events, CalendarLineError[] Rejected)
{
    public static ImportPreview Of(CalendarLineError rejected) => new(false, 0, 0, 0, 0, [], [rejected]);
}

/// <summary>One entry of an import preview: the event as it would be stored, and what importing it does.</summary>
/// <param name="Line">Line of the entry's BEGIN:VEVENT.</param>
/// <param name="Start">Wall-clock start at the venue, in <paramref name="TimeZone"/>.</param>
/// <param name="Changes">For an update, the fields that change (the API's JSON names); empty otherwise.</param>
public sealed record ImportPreviewEntry(int Line, ImportAction Action, string Id, string Title, EventKind Kind, DateTime Start, DateTime End,
    string TimeZone, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string? City, string? Country, Region Region, Sector[] OrganisingSectors,
    EventStatus Status, string[] Changes)
{
    public static ImportPreviewEntry Of(ImportEntry entry)
    {
        var e = entry.Validated;
        return new(entry.Line, entry.Action, e.Id, e.Title, e.Kind, e.Start, e.End, e.TimeZone, e.StartUtc, e.EndUtc, e.City, e.Country, e.Region,
            e.OrganisingSectors, e.Status, entry.Changes);
    }
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
        var errors = new ValidationErrors();
        if (query.Event is null) errors.Add("event", $"Give the planned event: its start and end set the time of day and the length to keep.");
        if (query.From is null) errors.Add("from", $"Give the first allowed start day, e.g. 2027-03-01.");
        else if (!PlannableDates.Contains(query.From.Value)) errors.Add("from", PlannableDates.Refusal("from", PlannableDates.Format(query.From.Value)));
        if (query.To is null) errors.Add("to", $"Give the last allowed start day, e.g. 2027-04-30.");
        else if (!PlannableDates.Contains(query.To.Value)) errors.Add("to", PlannableDates.Refusal("to", PlannableDates.Format(query.To.Value)));
        else if (query.From is { } f && (query.To < f || query.To.Value.DayNumber - f.DayNumber >= FreeWindows.MaxRangeDays))
            errors.Add("to", $"'to' must be on or after 'from' and less than {FreeWindows.MaxRangeDays} days later.");
        var limit = query.Limit ?? 5;
        if (limit is < 1 or > 50) errors.Add("limit", $"limit must be between 1 and 50.");
        if (!errors.IsEmpty) return CommandResult<FreeWindowSearch>.Invalid(errors.ToMessages());

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
        // Entries valid on their own are checked even in a file with errors, so that a preview reports every problem at once.
        var refusals = new List<CalendarLineError>();
        foreach (var entry in plan.Entries)
        {
            var scopes = new List<EventScope> { new(entry.Validated.Region, entry.Validated.OrganisingSectors) };
            if (entry.Existing is { } existing) scopes.Add(new(existing.Region, existing.OrganisingSectors));
            foreach (var scope in scopes)
                if (!(await authorization.AuthorizeAsync(user, scope, EditRequirement.Instance)).Succeeded)
                {
                    refusals.Add(new CalendarLineError(entry.Line, $"Event '{entry.Validated.Title}': {LocalizableText.Of(scope.Refusal).English}"));
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
    private async Task<(EventProfile? Profile, Dictionary<string, LocalizableText[]>? Errors)> ProfileAsync(EventDraft draft)
    {
        var id = string.IsNullOrWhiteSpace(draft.Id) ? PlannedId : draft.Id.Trim();
        var known = await ReferenceLookup.LookUpAsync(grains, draft.Topics, null);
        var validated = EventRules.Validate(id, draft with { Id = id }, known, Audit.New("check", DateTimeOffset.UnixEpoch));
        return validated.IsValid ? (EventProfiles.Of(validated.Value!), null) : (null, validated.Messages);
    }

    private IEventClashCheckerGrain Checker => grains.GetGrain<IEventClashCheckerGrain>(0);

    private IRegionalOfficeGrain Office(Region region) => grains.GetGrain<IRegionalOfficeGrain>(region.ToString());
}
