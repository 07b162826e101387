using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;
using Coordination.Domain;
using Coordination.Silo.Security;
using Coordination.Silo.Services;

namespace Coordination.Silo.Api;

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
            if (string.IsNullOrWhiteSpace(director.UserId) || string.IsNullOrWhiteSpace(director.Name))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["director"] = ["userId and name are required."] },
                    statusCode: StatusCodes.Status422UnprocessableEntity);
            return Results.Ok(await grains.GetGrain<IRegionalOfficeGrain>(r.ToString()).SetDirectorAsync(director));
        }).RequireAuthorization(Policies.Admin).WithSummary("Name the regional director (administrators).");
        group.MapGet("/{region}/events", async (EventCalendars calendars, TimeProvider clock, string region, DateTimeOffset? from, DateTimeOffset? to) =>
        {
            if (ParseRegion(region, out var r) is { } bad) return bad;
            var start = from ?? clock.GetUtcNow().Date;
            var end = to ?? start.AddYears(1);
            if (end <= start || end - start > MaxWindow)
                return HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad date range", $"'to' must be after 'from' and at most five years later (from {start:O}, to {end:O}).");
            return Results.Ok(await calendars.ListEventsAsync(r, start, end));
        }).WithSummary("The region's events overlapping [from, to); default: the coming year.");
    }

    private static IResult? ParseRegion(string value, out Region region) =>
        Codes.TryParse(value, out region) ? null
        : HttpResults.Problem(StatusCodes.Status404NotFound, "Unknown region", $"Unknown region '{value}'. Expected one of: {Codes.Expected<Region>()}.");
}
