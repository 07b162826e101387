using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain;
using Coordination.Domain.Access;
using Coordination.Domain.Calendars;
using Coordination.Domain.Validation;
using Coordination.Grains.Records;
using Coordination.Silo.Security;

namespace Coordination.Silo.Api;

/// <summary>A planned event and where it could move: the free-window search.</summary>
/// <param name="Event">The planned event; its start and end give the time of day and the length to keep.</param>
/// <param name="From">First allowed start day, at the venue.</param>
/// <param name="To">Last allowed start day, at the venue (at most a year after From).</param>
/// <param name="Limit">How many windows to return (1-50, default 5).</param>
public sealed record FreeWindowQuery(EventDraft? Event, DateOnly? From, DateOnly? To, int? Limit);

/// <summary>Regional directors check planned events against one another, list their region's clashes and look for free windows.</summary>
internal static class ClashEndpoints
{
    private const string PlannedId = "planned-event";
    private static readonly TimeSpan MaxListWindow = TimeSpan.FromDays(366);

    public static void MapClashEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/events/check", CheckDraftAsync).WithTags("Events")
            .WithSummary("Check a planned event (not stored) against every calendar: clashes ranked and explained. Query: gapDays, subjectWeeks.");
        api.MapGet("/events/{id}/clashes", CheckStoredAsync).WithTags("Events")
            .WithSummary("The clashes of a stored event, ranked and explained. Query: gapDays, subjectWeeks.");
        api.MapPost("/events/free-windows", FindFreeWindowsAsync).WithTags("Events")
            .WithSummary("Windows in which the planned event clashes with nothing, roomiest first.");
        api.MapGet("/regions/{region}/clashes", ListRegionClashesAsync).WithTags("Regional offices")
            .WithSummary("Every clashing pair among the region's events in [from, to) (default: the coming year), and with flagship windows.");

        var flagships = api.MapGroup("/reference/flagship-windows").WithTags("Reference data");
        flagships.MapGet("/", (IGrainFactory grains) => grains.GetGrain<IFlagshipCatalogGrain>(0).ListAsync());
        flagships.MapPut("/{code}", async (IGrainFactory grains, string code, FlagshipWindow window) =>
            HttpResults.From(await grains.GetGrain<IFlagshipCatalogGrain>(0).SetAsync(window with { Code = window.Code ?? code }),
                $"/api/reference/flagship-windows/{code}"))
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .WithSummary("Add or change a flagship event or blackout window (coordinators, administrators).");
        flagships.MapDelete("/{code}", async (IGrainFactory grains, string code) =>
            await grains.GetGrain<IFlagshipCatalogGrain>(0).RemoveAsync(code) ? Results.NoContent() : HttpResults.NotFound("flagship window", code))
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .WithSummary("Remove a flagship window (coordinators, administrators).");
    }

    private static async Task<IResult> CheckDraftAsync(IGrainFactory grains, ClashSettings defaults, EventDraft draft, int? gapDays, int? subjectWeeks)
    {
        if (Settings(defaults, gapDays, subjectWeeks, out var settings) is { } badSettings) return badSettings;
        var (profile, invalid) = await ProfileAsync(grains, draft);
        if (invalid is not null) return invalid;
        return Results.Ok(new { clashes = await grains.GetGrain<IEventClashCheckerGrain>(0).CheckAsync(profile!, settings) });
    }

    private static async Task<IResult> CheckStoredAsync(IGrainFactory grains, ClashSettings defaults, string id, int? gapDays, int? subjectWeeks)
    {
        if (Settings(defaults, gapDays, subjectWeeks, out var settings) is { } badSettings) return badSettings;
        if (await grains.GetGrain<IEventGrain>(id).GetAsync() is not { } stored) return HttpResults.NotFound("event", id);
        return Results.Ok(new { clashes = await grains.GetGrain<IEventClashCheckerGrain>(0).CheckAsync(EventProfiles.Of(stored), settings) });
    }

    private static async Task<IResult> FindFreeWindowsAsync(IGrainFactory grains, ClashSettings defaults, FreeWindowQuery query, int? gapDays, int? subjectWeeks)
    {
        if (Settings(defaults, gapDays, subjectWeeks, out var settings) is { } badSettings) return badSettings;
        var errors = new Dictionary<string, string[]>();
        if (query.Event is null) errors["event"] = ["Give the planned event: its start and end set the time of day and the length to keep."];
        if (query.From is null) errors["from"] = ["Give the first allowed start day, e.g. 2027-03-01."];
        if (query.To is null) errors["to"] = ["Give the last allowed start day, e.g. 2027-04-30."];
        else if (query.From is { } f && (query.To < f || query.To.Value.DayNumber - f.DayNumber >= FreeWindows.MaxRangeDays))
            errors["to"] = [$"'to' must be on or after 'from' and less than {FreeWindows.MaxRangeDays} days later."];
        var limit = query.Limit ?? 5;
        if (limit is < 1 or > 50) errors["limit"] = ["limit must be between 1 and 50."];
        if (errors.Count > 0) return Invalid(errors);

        var (profile, invalid) = await ProfileAsync(grains, query.Event!);
        if (invalid is not null) return invalid;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(profile!.TimeZone);
        var start = TimeZoneInfo.ConvertTime(profile.StartUtc, zone);
        var request = new FreeWindowRequest(query.From!.Value, query.To!.Value, TimeOnly.FromTimeSpan(start.TimeOfDay), profile.EndUtc - profile.StartUtc, limit);
        var windows = await grains.GetGrain<IEventClashCheckerGrain>(0).FindFreeWindowsAsync(profile, request, settings);
        return Results.Ok(new
        {
            windows,
            searched = new { request.From, request.To, startTime = request.StartTime, request.Duration, profile.TimeZone },
            message = windows.Length == 0 ? "Every start day in the range clashes with something; widen the range or check the clashes of a day." : null,
        });
    }

    private static async Task<IResult> ListRegionClashesAsync(IGrainFactory grains, TimeProvider clock, ClashSettings defaults, string region,
        DateTimeOffset? from, DateTimeOffset? to, int? gapDays, int? subjectWeeks)
    {
        if (!Codes.TryParse<Region>(region, out var r))
            return HttpResults.Problem(StatusCodes.Status404NotFound, "Unknown region", $"Unknown region '{region}'. Expected one of: {Codes.Expected<Region>()}.");
        if (Settings(defaults, gapDays, subjectWeeks, out var settings) is { } badSettings) return badSettings;
        var start = from ?? clock.GetUtcNow().Date;
        var end = to ?? start.AddYears(1);
        if (end <= start || end - start > MaxListWindow)
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad date range", $"'to' must be after 'from' and at most a year later (from {start:O}, to {end:O}).");
        return Results.Ok(new { clashes = await grains.GetGrain<IEventClashCheckerGrain>(0).ListRegionClashesAsync(r, start, end, settings) });
    }

    /// <summary>The draft as the checker sees it, once it validates; a draft without an id is checked as "planned-event".</summary>
    private static async Task<(EventProfile? Profile, IResult? Invalid)> ProfileAsync(IGrainFactory grains, EventDraft draft)
    {
        var id = string.IsNullOrWhiteSpace(draft.Id) ? PlannedId : draft.Id.Trim();
        var known = await ReferenceLookup.LookUpAsync(grains, draft.Topics, null);
        var validated = EventRules.Validate(id, draft with { Id = id }, known, Audit.New("check", DateTimeOffset.UnixEpoch));
        return validated.IsValid ? (EventProfiles.Of(validated.Value!), null) : (null, Invalid(validated.Errors));
    }

    private static IResult? Settings(ClashSettings defaults, int? gapDays, int? subjectWeeks, out ClashSettings settings)
    {
        settings = defaults with
        {
            AdjacencyGap = gapDays is { } g ? TimeSpan.FromDays(g) : defaults.AdjacencyGap,
            SubjectWindow = subjectWeeks is { } w ? TimeSpan.FromDays(7 * w) : defaults.SubjectWindow,
        };
        var errors = new Dictionary<string, string[]>();
        if (gapDays is < 0 or > 60) errors["gapDays"] = ["gapDays must be between 0 and 60."];
        if (subjectWeeks is < 0 or > 26) errors["subjectWeeks"] = ["subjectWeeks must be between 0 and 26."];
        return errors.Count == 0 ? null : HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad clash settings", string.Join(" ", errors.Values.SelectMany(e => e)));
    }

    private static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request has invalid fields");
}
