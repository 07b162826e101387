namespace Coordination.Silo.Calendars;

/// <summary>The flagship events and blackout windows that every calendar check weighs planned events against.</summary>
internal static class FlagshipWindowEndpoints
{
    public static void MapFlagshipWindowEndpoints(this IEndpointRouteBuilder api)
    {
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
}
