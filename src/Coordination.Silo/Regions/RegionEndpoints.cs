namespace Coordination.Silo.Regions;

internal static class RegionEndpoints
{
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(5 * 366);

    public static void MapRegionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Regional offices");
        group.MapGet("/", async (IGrainFactory grains) =>
            Results.Ok(await Task.WhenAll(Enum.GetValues<Region>().Select(r => grains.GetGrain<IRegionalOfficeGrain>(r.ToString()).GetAsync()))));
        group.MapGet("/{region}", async (IGrainFactory grains, string region) =>
            ParseRegion(region, out var r) is { } bad ? bad : Results.Ok(await grains.GetGrain<IRegionalOfficeGrain>(r.ToString()).GetAsync()));
        group.MapPut("/{region}/director", async (IGrainFactory grains, string region, RegionalDirector director) =>
        {
            if (ParseRegion(region, out var r) is { } bad) return bad;
            var validated = RegionalDirectorRules.Validate(director);
            if (!validated.IsValid)
                return HttpResults.ValidationProblem(validated.Messages);
            return Results.Ok(await grains.GetGrain<IRegionalOfficeGrain>(r.ToString()).SetDirectorAsync(validated.Value));
        }).RequireAuthorization(Policies.Admin).WithSummary("Name the regional director (administrators).");
        group.MapGet("/{region}/events", async (EventCalendars calendars, TimeProvider clock, string region, DateTimeOffset? from, DateTimeOffset? to) =>
        {
            if (ParseRegion(region, out var r) is { } bad) return bad;
            if (QueryWindow.Check(from, to, clock, MaxWindow, longestIsAYear: false, out var start, out var end) is { } badWindow) return badWindow;
            return Results.Ok(await calendars.ListEventsAsync(r, start, end));
        }).WithSummary("The region's events overlapping [from, to); default: the coming year.");
    }

    private static IResult? ParseRegion(string value, out Region region) =>
        EnumCodes.TryParse(value, out region) ? null
        : HttpResults.Problem(StatusCodes.Status404NotFound, "Unknown region", $"Unknown region '{value}'. Expected one of: {EnumCodes.Expected<Region>()}.");
}
