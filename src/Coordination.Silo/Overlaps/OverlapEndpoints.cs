namespace Coordination.Silo.Overlaps;

/// <summary>Overlap detection on demand: a draft checked before launch, and a re-check of every activity.</summary>
internal static class OverlapEndpoints
{
    public static void MapOverlapEndpoints(this IEndpointRouteBuilder api)
    {
        var overlaps = api.MapGroup("/overlaps").WithTags("Overlap detection");
        overlaps.MapPost("/check", CheckDraftAsync)
            .WithSummary("Check before launch: the existing activities a draft most likely duplicates, ranked and explained. Stores nothing.");
        overlaps.MapPost("/rescan", async (IGrainFactory grains) =>
                Results.Accepted("/api/overlaps/rescan", await grains.GetGrain<IOverlapRescanGrain>(0).StartAsync()))
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .WithSummary("Re-check every activity now (coordinators); progress at GET /api/overlaps/rescan.");
        overlaps.MapGet("/rescan", (IGrainFactory grains) => grains.GetGrain<IOverlapRescanGrain>(0).GetProgressAsync());
    }

    private static async Task<IResult> CheckDraftAsync(ActivityRegistration registration, ActivityDraft draft)
    {
        var check = await registration.CheckAsync(draft);
        return check.Value is { } matches ? Results.Ok(new { matches }) : HttpResults.From(check, "/api/overlaps/check");
    }
}
