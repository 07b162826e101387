namespace Coordination.Silo.Calendars;

/// <summary>Regional directors check planned events against one another, list their region's clashes and look for free windows.</summary>
internal static class ClashEndpoints
{
    private static readonly TimeSpan MaxListWindow = TimeSpan.FromDays(366);

    public static void MapClashEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/events/check", CheckDraftAsync).WithTags("Events")
            .WithSummary("Check a planned event (not stored) against every calendar: clashes ranked and explained. Query: gapDays, subjectWeeks.");
        api.MapGet("/events/{id}/clashes", CheckStoredAsync).WithTags("Events")
            .WithSummary("The clashes of a stored event, ranked and explained. Query: gapDays, subjectWeeks.");
        api.MapPost("/events/free-windows", FindFreeWindowsAsync).WithTags("Events")
            .WithSummary("Windows in which the planned event would raise no clash alert, roomiest first, and each blocked start day with the events or flagship windows (score and rules) that block it.");
        api.MapGet("/regions/{region}/clashes", ListRegionClashesAsync).WithTags("Regional offices")
            .WithSummary("Every clashing pair among the region's events in [from, to) (default: the coming year), and with flagship windows.");
    }

    private static async Task<IResult> CheckDraftAsync(EventCalendars calendars, EventDraft draft, int? gapDays, int? subjectWeeks)
    {
        if (Settings(calendars.Defaults, gapDays, subjectWeeks, out var settings) is { } badSettings) return badSettings;
        var check = await calendars.CheckAsync(draft, settings);
        return check.Succeeded ? Results.Ok(new { clashes = check.Value }) : Invalid(check.FieldErrors!);
    }

    private static async Task<IResult> CheckStoredAsync(EventCalendars calendars, string id, int? gapDays, int? subjectWeeks)
    {
        if (Settings(calendars.Defaults, gapDays, subjectWeeks, out var settings) is { } badSettings) return badSettings;
        return await calendars.ClashesOfAsync(id, settings) is { } clashes ? Results.Ok(new { clashes }) : HttpResults.NotFound("event", id);
    }

    private static async Task<IResult> FindFreeWindowsAsync(EventCalendars calendars, FreeWindowQuery query, int? gapDays, int? subjectWeeks)
    {
        if (Settings(calendars.Defaults, gapDays, subjectWeeks, out var settings) is { } badSettings) return badSettings;
        var found = await calendars.FindFreeWindowsAsync(query, settings);
        if (found.Value is not { } search) return Invalid(found.FieldErrors!);
        var request = search.Request;
        return Results.Ok(new
        {
            windows = search.Windows,
            searched = new { request.From, request.To, startTime = request.StartTime, request.Duration, search.TimeZone },
            message = search.Message,
            // Every start day of the range that would raise an alert, in order, with what it would clash with.
            blocked = search.Blocked.Select(b => new
            {
                day = b.Day,
                start = b.LocalStart,
                clashes = b.Clashes.Select(c => new
                {
                    c.Id, c.Title, c.IsFlagship, c.Kinds, c.Score, c.Severity,
                    rules = c.Rules.Select(r => new { rule = r.Kind, r.Detail, r.Contribution }),
                }),
                note = b.Note,
            }),
        });
    }

    private static async Task<IResult> ListRegionClashesAsync(EventCalendars calendars, TimeProvider clock, string region,
        DateTimeOffset? from, DateTimeOffset? to, int? gapDays, int? subjectWeeks)
    {
        if (!EnumCodes.TryParse<Region>(region, out var r))
            return HttpResults.Problem(StatusCodes.Status404NotFound, "Unknown region", $"Unknown region '{region}'. Expected one of: {EnumCodes.Expected<Region>()}.");
        if (Settings(calendars.Defaults, gapDays, subjectWeeks, out var settings) is { } badSettings) return badSettings;
        if (QueryWindow.Check(from, to, clock, MaxListWindow, longestIsAYear: true, out var start, out var end) is { } badWindow) return badWindow;
        return Results.Ok(new { clashes = await calendars.ListClashesAsync(r, start, end, settings) });
    }

    private static IResult? Settings(ClashSettings defaults, int? gapDays, int? subjectWeeks, out ClashSettings settings)
    {
        settings = defaults;
        // Checked before they become time spans: a billion days is more than a TimeSpan holds.
        bool badGap = gapDays is < 0 or > 60, badWeeks = subjectWeeks is < 0 or > 26;
        if (badGap && badWeeks)
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad clash settings", $"gapDays must be between 0 and 60. subjectWeeks must be between 0 and 26.");
        if (badGap) return HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad clash settings", $"gapDays must be between 0 and 60.");
        if (badWeeks) return HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad clash settings", $"subjectWeeks must be between 0 and 26.");
        settings = defaults with
        {
            AdjacencyGap = gapDays is { } g ? TimeSpan.FromDays(g) : defaults.AdjacencyGap,
            SubjectWindow = subjectWeeks is { } w ? TimeSpan.FromDays(7 * w) : defaults.SubjectWindow,
        };
        return null;
    }

    private static IResult Invalid(Dictionary<string, LocalizableText[]> errors) => HttpResults.ValidationProblem(errors);
}
